import type { RuleFamily } from '../contribution.ts';
import { degenerationFamily } from './degeneration.ts';
import { endplateFamily } from './endplate.ts';
import { parsInstabilityFamily } from './pars-instability.ts';
import { postoperativeFamily } from './postoperative.ts';
import { radicularFamily } from './radicular.ts';
import { redFlagFamily } from './red-flags.ts';
import { stenosisFamily } from './stenosis.ts';
import { unassessedFamily } from './unassessed.ts';

/** Every rule family, in the order their reasons are listed when labels tie. */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  redFlagFamily,
  radicularFamily,
  stenosisFamily,
  endplateFamily,
  parsInstabilityFamily,
  postoperativeFamily,
  degenerationFamily,
  unassessedFamily,
];
