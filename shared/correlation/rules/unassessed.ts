// A free-text finding (`other`) is outside every rule: it is labelled possibly contributory with low
// confidence, said so plainly, and kept out of the pain-generator ranking.
import { type Contribution, missing, type RuleFamily } from '../contribution.ts';

const freeText: Contribution = {
  label: 'possibly-contributory',
  reasons: [{ text: 'A free-text finding: the rules cannot judge it; its label needs the radiologist.', evidence: [] }],
  missing: [missing('A free-text finding is not assessed by the rules.')],
  unassessed: true,
};

export const unassessedFamily: RuleFamily = {
  name: 'free-text findings',
  assess(finding) {
    return finding.type === 'other' ? [freeText] : [];
  },
};
