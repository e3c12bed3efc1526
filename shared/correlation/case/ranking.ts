import { compareLevels } from '../../domain/levels.ts';
import type { Finding } from '../../domain/findings.ts';
import { labelRank, type FindingCorrelation } from '../output.ts';

export interface RankingInput {
  finding: Finding;
  result: FindingCorrelation;
  score: number;
  unassessed: boolean;
}

/**
 * Pain-generator candidates, most likely first: label, then a finding that explains a deficit,
 * then concordance and grade (the rule's score), then cranial to caudal and by id so ties are stable.
 * Probably incidental and free-text findings are left out.
 */
export function rankCandidates(items: readonly RankingInput[]): string[] {
  return items
    .filter((item) => item.result.label !== 'probably-incidental' && !item.unassessed)
    .sort(
      (a, b) =>
        labelRank(b.result.label) - labelRank(a.result.label) ||
        b.score - a.score ||
        compareLevels(a.finding.level, b.finding.level) ||
        (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0),
    )
    .map((item) => item.result.id);
}
