// Degeneration and age (clinical-knowledge.md §1, §2.1, §5.6): the age-matched prevalence in people
// without back pain (Brinjikji 2015a) goes with every degenerative finding; a bulge at 70 is
// expected; an extrusion is uncommon at any age; degeneration or a protrusion in adults of 50 or
// under with axial pain is possibly contributory (OR 2.2–2.7).
import type { Finding } from '../../domain/findings.ts';
import { because, type Contribution, MISSING, type Reason, type RuleContext, type RuleFamily } from '../contribution.ts';
import { isExtruded } from '../finding-traits.ts';
import { asymptomaticPrevalence, type AgePrevalence, type PrevalenceRow } from '../prevalence.ts';

function prevalenceRow(finding: Finding): PrevalenceRow | null {
  switch (finding.type) {
    case 'disc-degeneration':
      return 'disc-degeneration';
    case 'disc-bulge':
      return 'disc-bulge';
    case 'disc-herniation':
      return finding.morphology === 'protrusion' ? 'disc-protrusion' : null;
    case 'annular-fissure':
      return 'annular-fissure';
    case 'facet-arthropathy':
      return 'facet-degeneration';
    case 'spondylolisthesis':
      return 'spondylolisthesis';
    default:
      return null;
  }
}

function prevalenceReasons(prevalence: AgePrevalence): Reason[] {
  const at = prevalence.ageUsed === prevalence.age ? `aged ${prevalence.age}` : `aged ${prevalence.ageUsed} (the nearest age the source covers)`;
  const reasons = [because(`${prevalence.finding} is seen in about ${prevalence.percent}% of people ${at} without back pain.`, 'brinjikji-2015-prevalence')];
  if (prevalence.uncertainty) reasons.push(because(`Uncertain: ${prevalence.uncertainty}.`, 'brinjikji-2015-prevalence'));
  return reasons;
}

const YOUNG_ADULT_MAX_AGE = 50;

function youngWithAxialPain(context: RuleContext): boolean | undefined {
  const { age, axialPain } = context.picture;
  if (age === undefined || age > YOUNG_ADULT_MAX_AGE) return false;
  return axialPain;
}

function baseline(finding: Finding, context: RuleContext): Omit<Contribution, 'prevalence'> | null {
  const young = youngWithAxialPain(context);
  const youngMissing = young === undefined ? [MISSING.axialPain] : [];
  switch (finding.type) {
    case 'disc-degeneration':
      if (finding.pfirrmann !== undefined && finding.pfirrmann <= 2) {
        return { label: 'probably-incidental', reasons: [because(`Pfirrmann grade ${finding.pfirrmann}: bright, clearly structured disc of normal height.`, 'pfirrmann-2001')] };
      }
      if (young) return { label: 'possibly-contributory', reasons: [because('Disc degeneration in an adult of 50 or under with axial back pain: OR 2.24 (95% CI 1.21–4.15).', 'brinjikji-2015-or')], rankScore: 2 };
      return { label: 'probably-incidental', reasons: [], missing: youngMissing };
    case 'disc-bulge':
      return { label: 'probably-incidental', reasons: [because('A bulge is not a herniation and is expected with age.', 'jensen-1994')] };
    case 'annular-fissure':
      return {
        label: 'probably-incidental',
        reasons: [finding.hiz
          ? because('High-intensity zone: OR 2.10 (95% CI 0.73–6.02), not significant; the early discography PPV of 86% has not held up.', 'brinjikji-2015-or', 'aprill-bogduk-1992')
          : because('Annular fissure: OR 1.79 (95% CI 0.97–3.31), not significant.', 'brinjikji-2015-or')],
      };
    case 'facet-arthropathy':
      if (finding.grade === 3 && context.picture.axialPain === true) {
        return { label: 'possibly-contributory', reasons: [because('Marked facet degeneration (Weishaupt 3) with axial back pain: among the potential pain sources.', 'sasiadek-2024')], rankScore: 3 };
      }
      return {
        label: 'probably-incidental',
        reasons: [because('Facet arthropathy is nearly universal in patients: 97–98% of L4/5 and L5/S1 joints at a mean age of 47.', 'maataoui-2014')],
        missing: finding.grade === 3 && context.picture.axialPain === undefined ? [MISSING.axialPain] : [],
      };
    case 'disc-herniation':
      if (isExtruded(finding)) {
        const reasons = [because('Extrusions are uncommon at any age in people without back pain (1% in Jensen 1994, 6% in Jarvik 2001).', 'jensen-1994', 'jarvik-2001')];
        if (context.picture.axialPain) reasons.push(because('Extrusion is associated with back pain: OR 4.38 (95% CI 1.98–9.68).', 'brinjikji-2015-or'));
        reasons.push(finding.morphology === 'sequestration'
          ? because('Sequestrations regress spontaneously in 96% (complete resolution 43%).', 'chiu-2015')
          : because('Extrusions regress spontaneously in 70% (complete resolution 15%).', 'chiu-2015'));
        return { label: 'possibly-contributory', reasons, rankScore: 1 };
      }
      if (finding.morphology === 'protrusion' && young) {
        return { label: 'possibly-contributory', reasons: [because('Protrusion in an adult of 50 or under with axial back pain: OR 2.65 (95% CI 1.52–4.62).', 'brinjikji-2015-or')], rankScore: 1 };
      }
      if (finding.morphology === 'protrusion') return { label: 'probably-incidental', reasons: [], missing: youngMissing };
      return null;
    default:
      return null;
  }
}

export const degenerationFamily: RuleFamily = {
  name: 'degeneration and age',
  assess(finding, context) {
    const result = baseline(finding, context);
    const row = prevalenceRow(finding);
    if (!row) return result ? [result] : [];
    const contribution: Contribution = result ?? { reasons: [] };
    const age = context.picture.age;
    if (age === undefined) {
      const noAge = because('Age not recorded: how common this is in people without back pain cannot be given.', 'brinjikji-2015-prevalence');
      return [{ ...contribution, reasons: [...contribution.reasons, noAge], missing: [...(contribution.missing ?? []), MISSING.age] }];
    }
    const prevalence = asymptomaticPrevalence(row, age);
    const reasons = contribution.label === 'probably-incidental' ? [...prevalenceReasons(prevalence), ...contribution.reasons] : [...contribution.reasons, ...prevalenceReasons(prevalence)];
    return [{ ...contribution, reasons, prevalence }];
  },
};
