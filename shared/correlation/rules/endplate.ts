// Endplate and Modic (clinical-knowledge.md §2.2, §3.3, §3.9): Modic 1 (or 1/2) in axial back pain
// is the endplate finding most consistently linked to pain; Modic 2/3 alone is chronic and usually
// incidental; Schmorl nodes are common unless oedematous.
import type { FindingOf } from '../../domain/findings.ts';
import { atSameLevel, because, type Contribution, MISSING, missing, type Reason, type RuleContext, type RuleFamily } from '../contribution.ts';
import { INFECTION_FLAGS } from '../clinical-picture.ts';
import { isDegeneratedDisc } from '../finding-traits.ts';

function assessModic(finding: FindingOf<'modic'>, context: RuleContext): Contribution {
  const { axialPain } = context.picture;
  if (!finding.modicType) {
    return {
      label: 'probably-incidental',
      reasons: [because('Modic type not recorded: type 1 is linked to pain; the chronic types usually are not.', 'brinjikji-2015-or')],
      missing: [missing('Modic type not recorded.')],
    };
  }
  if (finding.modicType === '2' || finding.modicType === '3' || finding.modicType === '2/3') {
    return {
      label: 'probably-incidental',
      reasons: [
        because(`Modic type ${finding.modicType} is a chronic change and usually incidental.`, 'jensen-ts-2008'),
        because('Any Modic change: OR 1.62 (95% CI 0.48–5.41) for back pain, not significant.', 'brinjikji-2015-or'),
      ],
    };
  }
  const reasons: Reason[] = [];
  const missingItems = [];
  if (axialPain === true) reasons.push(because(`Modic type ${finding.modicType} with axial back pain: the endplate change most consistently linked to pain (type 1 OR 4.01, 95% CI 1.10–14.55).`, 'brinjikji-2015-or'));
  else if (axialPain === false) reasons.push(because(`Modic type ${finding.modicType}, but no axial back pain is recorded for it to explain.`, 'brinjikji-2015-or'));
  else {
    reasons.push(because(`Modic type ${finding.modicType} is linked to back pain (type 1 OR 4.01); axial pain is not recorded.`, 'brinjikji-2015-or'));
    missingItems.push(MISSING.axialPain);
  }
  if (atSameLevel(finding, context).some(isDegeneratedDisc)) reasons.push(because('It lies at a degenerated disc, where the association is strongest.', 'herlin-2018'));
  reasons.push(because('Endplate changes are seen in 6% of people without back pain and 43% of patients (medians), but the association is inconsistent across studies.', 'jensen-ts-2008', 'herlin-2018'));
  if (finding.clawSign === true) reasons.push(because('DWI claw sign: infection unlikely (no infection in 97–100%).', 'patel-2014'));
  const infectionRisk = INFECTION_FLAGS.some((flag) => context.picture.redFlags.has(flag));
  if (finding.clawSign === false && !infectionRisk) reasons.push(because('No DWI claw sign: type 1 change can mimic infection; a diffuse DWI pattern without a claw sign meant proven infection in 93–100%.', 'patel-2014'));
  if (finding.clawSign === undefined) missingItems.push(missing('DWI claw sign not recorded: type 1 change cannot be told from early infection.', infectionRisk));
  return {
    label: axialPain === false ? 'probably-incidental' : 'possibly-contributory',
    reasons,
    missing: missingItems,
    rankScore: axialPain ? 8 : 4,
  };
}

function assessSchmorl(finding: FindingOf<'schmorl-node'>, context: RuleContext): Contribution {
  const common = because('Schmorl nodes are seen in 19% of adults without back pain.', 'jensen-1994');
  if (!finding.edema) return { label: 'probably-incidental', reasons: [common] };
  const oedema = because('With marrow oedema: oedema was seen around nodes in 10 of 23 symptomatic vs 1 of 7 asymptomatic people.', 'schmorl-oedema-1997');
  const { axialPain } = context.picture;
  if (axialPain === false) return { label: 'probably-incidental', reasons: [because('No axial back pain is recorded for this oedematous node to explain.', 'schmorl-oedema-1997'), common] };
  return {
    label: 'possibly-contributory',
    reasons: [oedema, common],
    missing: axialPain === undefined ? [MISSING.axialPain] : [],
    rankScore: 3,
  };
}

export const endplateFamily: RuleFamily = {
  name: 'endplate and Modic',
  assess(finding, context) {
    if (finding.type === 'modic') return [assessModic(finding, context)];
    if (finding.type === 'schmorl-node') return [assessSchmorl(finding, context)];
    return [];
  },
};
