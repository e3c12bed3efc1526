/**
 * STarT Back risk groups (Hill et al. 2008; clinical-knowledge.md §5.5): total 0–3 low; total 4–9
 * with distress subscale 0–3 medium, 4–5 high.
 */
export type StartBackRisk = 'low' | 'medium' | 'high';

export function startBackRisk(total: number | undefined, distress: number | undefined): StartBackRisk | null {
  if (total === undefined) return null;
  if (total <= 3) return 'low';
  if (distress === undefined) return null;
  return distress >= 4 ? 'high' : 'medium';
}
