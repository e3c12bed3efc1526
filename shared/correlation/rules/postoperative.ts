// Postoperative (clinical-knowledge.md §5.4, ACR variant 5): expected postoperative change is
// incidental; scar with mass effect on the symptomatic side, or a recurrent herniation, needs
// MRI without and with contrast to tell scar from disc.
import type { Finding, FindingOf } from '../../domain/findings.ts';
import { bodySides, type ClinicalPicture } from '../clinical-picture.ts';
import { because, type Contribution, type RuleContext, type RuleFamily } from '../contribution.ts';

const contrastReason = because('MRI without and with contrast tells scar from recurrent disc after surgery.', 'acr-2021-low-back-pain');

function operatedHere(finding: Finding, picture: ClinicalPicture): boolean {
  return picture.priorSurgery.some((surgery) => surgery.level === finding.level);
}

function assessPostoperativeChange(finding: FindingOf<'postoperative-change'>, picture: ClinicalPicture): Contribution {
  const kind = finding.kind === 'epidural-fibrosis' ? 'Epidural fibrosis (scar)' : finding.kind ? `${finding.kind.charAt(0).toUpperCase()}${finding.kind.slice(1)}` : 'Postoperative change';
  if (!finding.massEffect) return { label: 'probably-incidental', reasons: [because(`${kind}: the expected appearance after surgery.`, 'acr-2021-low-back-pain')] };
  const sides = bodySides(finding.side);
  const symptomatic = sides.some((side) => picture.legPainSides.has(side) || picture.deficits.some((deficit) => deficit.side === side));
  const reasons = [because(`${kind} with mass effect${symptomatic ? ' on the symptomatic side' : ''}.`, 'acr-2021-low-back-pain'), contrastReason];
  return { label: 'possibly-contributory', reasons, rankScore: symptomatic ? 6 : 3 };
}

function assessRecurrence(finding: FindingOf<'disc-herniation'>, picture: ClinicalPicture): Contribution[] {
  if (!finding.recurrent && !operatedHere(finding, picture)) return [];
  const text = finding.recurrent ? 'Recurrent herniation at an operated level.' : 'Herniation at a level operated on before.';
  return [{ reasons: [because(text, 'acr-2021-low-back-pain'), contrastReason] }];
}

export const postoperativeFamily: RuleFamily = {
  name: 'postoperative',
  assess(finding: Finding, context: RuleContext) {
    if (finding.type === 'postoperative-change') return [assessPostoperativeChange(finding, context.picture)];
    if (finding.type === 'disc-herniation') return assessRecurrence(finding, context.picture);
    return [];
  },
};
