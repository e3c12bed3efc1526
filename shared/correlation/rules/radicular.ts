// Radicular concordance (clinical-knowledge.md §4, §5.6): the root a finding meets, by level and
// zone (Table 4), matched against the leg-pain dermatomes, the deficits and the side; graded by
// what the finding does to the root (Pfirrmann 2004: contact < deviation < compression).
import type { Finding } from '../../domain/findings.ts';
import { hasRadicularSymptoms } from '../clinical-picture.ts';
import { assessConcordance } from '../concordance.ts';
import { because, type Contribution, MISSING, missing, type Reason, type RuleContext, type RuleFamily } from '../contribution.ts';
import { isExtruded, isRootFinding, type RootEffect, ROOT_EFFECT_RANK, type RootFinding, rootEffect, rootTargetOf } from '../finding-traits.ts';
import type { Label } from '../output.ts';

function effectReason(finding: RootFinding, effect: RootEffect): Reason | null {
  if (finding.type === 'lateral-recess-stenosis' && finding.grade !== undefined) {
    if (finding.grade >= 2) return because(`Bartynski grade ${finding.grade}: the root is compressed in the lateral recess.`, 'bartynski-2003');
    if (finding.grade === 1) return because('Bartynski grade 1: a small recess with a normal root; MRI missed surgically confirmed compression in 28–29% of cases.', 'bartynski-2003');
    return because('Bartynski grade 0: the lateral recess is normal.', 'bartynski-2003');
  }
  if (finding.type === 'foraminal-stenosis' && finding.grade !== undefined) {
    if (finding.grade === 3) return because('Lee grade 3: the root in the foramen is collapsed or deformed.', 'lee-2010-foraminal');
    if (finding.grade === 2) return because('Lee grade 2: fat around the root is gone on all sides, but the root keeps its shape.', 'lee-2010-foraminal');
    return because(`Lee grade ${finding.grade}: ${finding.grade === 0 ? 'no foraminal stenosis' : 'mild narrowing; the root is not touched on all sides'}.`, 'lee-2010-foraminal');
  }
  switch (effect) {
    case 'compression':
      return because('The root is compressed (Pfirrmann 2004 grade 3, the strongest grade).', 'pfirrmann-2004');
    case 'deviation':
      return because('The root is displaced (Pfirrmann 2004 grade 2).', 'pfirrmann-2004');
    case 'contact':
      return because('Root contact only (Pfirrmann 2004 grade 1): weaker than deviation or compression.', 'pfirrmann-2004');
    case 'none':
      return because('The root is not compromised (Pfirrmann 2004 grade 0).', 'pfirrmann-2004');
    case 'unknown':
      return null;
  }
}

/** Label from concordance and grade (§5.6 "likely" needs a recognised finding AND concordance). */
function radicularLabel(status: string, effect: RootEffect, extruded: boolean, normalGrade: boolean): Label {
  const strong = effect === 'compression' || effect === 'deviation' || (extruded && effect === 'unknown');
  switch (status) {
    case 'concordant':
      if (strong) return 'likely-pain-generator';
      return normalGrade ? 'probably-incidental' : 'possibly-contributory';
    case 'partial':
      return effect === 'none' && !extruded ? 'probably-incidental' : 'possibly-contributory';
    case 'discordant':
      return extruded || effect === 'compression' ? 'possibly-contributory' : 'probably-incidental';
    default:
      return extruded || ROOT_EFFECT_RANK[effect] >= ROOT_EFFECT_RANK.deviation ? 'possibly-contributory' : 'probably-incidental';
  }
}

function assess(finding: RootFinding, context: RuleContext): Contribution {
  const target = rootTargetOf(finding);
  const concordance = assessConcordance(target, context.picture);
  const effect = rootEffect(finding);
  const extruded = isExtruded(finding);
  const normalGrade = (finding.type === 'lateral-recess-stenosis' || finding.type === 'foraminal-stenosis') && finding.grade === 0;
  const label = radicularLabel(concordance.status, effect, extruded, normalGrade);

  const reasons: Reason[] = [];
  const missingItems = [];
  const concordanceReason = because(concordance.summary, 'root-anatomy', 'root-signs');
  const gradeReason = effectReason(finding, effect);
  if ((concordance.status === 'concordant' || concordance.status === 'partial') && label !== 'probably-incidental') {
    reasons.push(concordanceReason);
    if (gradeReason) reasons.push(gradeReason);
  } else {
    if (gradeReason) reasons.push(gradeReason);
    reasons.push(concordanceReason);
  }
  const symptoms = hasRadicularSymptoms(context.picture);
  if (concordance.status === 'discordant' && label === 'probably-incidental' && symptoms) {
    reasons.push(because('Findings at a level that does not match the pain or the examination are usually age-related change.', 'brinjikji-2015-prevalence'));
  }
  if (concordance.status === 'discordant' && label === 'possibly-contributory') {
    reasons.push(because('Extrusions and root compression are uncommon without symptoms, so they are not called incidental.', 'jarvik-2001'));
  }
  if (finding.type === 'synovial-cyst' && finding.position === 'anterior') {
    reasons.push(because('Anterior synovial cysts are uncommon (2.3% of symptomatic MRIs) and often compress a root (5 of 7).', 'doyle-2004'));
  }
  if (finding.type === 'disc-herniation' && finding.migration === 'cranial' && !finding.rootCompromise?.root) {
    reasons.push(because('A cranially migrated fragment can reach the exiting root as well; record the root it touches.', 'root-anatomy'));
  }
  const slrSide = target.sides.find((side) => context.picture.positiveSlrSides.has(side));
  if (finding.type === 'disc-herniation' && slrSide && concordance.status !== 'discordant') {
    reasons.push(because(`Positive ${slrSide} straight-leg raise: sensitive (0.91) but not specific (0.26) for a herniation.`, 'deville-2000'));
  }
  if (finding.type === 'disc-herniation' && context.picture.crossedSlr && concordance.status !== 'discordant') {
    reasons.push(because('Positive crossed straight-leg raise: specific (0.88) for a herniation.', 'deville-2000'));
  }

  if (concordance.status === 'unknown') missingItems.push(MISSING.radicular);
  if (target.unnamed) missingItems.push(missing(target.unnamed));
  if (target.roots.length > 0 && target.sides.length === 0) missingItems.push(missing('Side of the finding not recorded.'));
  if (effect === 'unknown') {
    const matters = !extruded && (concordance.status === 'concordant' || concordance.status === 'partial');
    missingItems.push(missing(finding.type === 'disc-herniation' || finding.type === 'synovial-cyst' ? 'Root compromise grade (Pfirrmann 2004) not recorded.' : 'Stenosis grade not recorded.', matters));
  }
  if (finding.type === 'disc-herniation' && !finding.morphology) missingItems.push(missing('Herniation morphology not recorded.'));

  const statusScore = { concordant: 3, partial: 2, unknown: 1, discordant: 0 }[concordance.status];
  return {
    label,
    reasons,
    concordance: { ...concordance, relation: target.relation },
    missing: missingItems,
    rankScore: (concordance.explainsDeficit ? 100 : 0) + statusScore * 10 + Math.max(0, ROOT_EFFECT_RANK[effect]) * 2 + (extruded ? 1 : 0),
  };
}

export const radicularFamily: RuleFamily = {
  name: 'radicular concordance',
  assess(finding: Finding, context: RuleContext): Contribution[] {
    return isRootFinding(finding) ? [assess(finding, context)] : [];
  },
};
