import { labelRank, type Correlation, type Label } from '../correlation/output.ts';

/**
 * Findings in the order a reviewer reads them: by label, urgent red flags first, then likely pain
 * generators, possibly contributory and probably incidental findings; within a label, in the
 * engine's pain-generator ranking, then cranio-caudal as the correlation lists them.
 */
export function rankByLabel<T extends { id: string; label: Label }>(items: readonly T[], correlation: Correlation): T[] {
  const ranking = new Map(correlation.ranking.map((id, index) => [id, index]));
  const listed = new Map(correlation.findings.map((f, index) => [f.id, index]));
  const position = (id: string, order: Map<string, number>) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort(
    (a, b) =>
      labelRank(b.label) - labelRank(a.label) ||
      position(a.id, ranking) - position(b.id, ranking) ||
      position(a.id, listed) - position(b.id, listed) ||
      a.id.localeCompare(b.id),
  );
}
