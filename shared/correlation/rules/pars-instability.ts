// Pars and instability (clinical-knowledge.md §2.1, §3.9, §5.6): spondylolysis is associated with
// back pain (OR 5.06), especially with pars oedema; spondylolisthesis alone is not (OR 1.59), but a
// facet effusion at the slip level marks instability, and a slip at a stenotic level with
// claudication is part of that syndrome.
import { discVertebrae } from '../../domain/levels.ts';
import type { FindingOf } from '../../domain/findings.ts';
import { atSameLevel, because, type Contribution, MISSING, type Reason, type RuleContext, type RuleFamily } from '../contribution.ts';
import { canalSeverity } from '../finding-traits.ts';

const spondylolysisOr = because('Spondylolysis is associated with back pain: OR 5.06 (95% CI 1.65–15.53).', 'brinjikji-2015-or');

function assessSpondylolysis(finding: FindingOf<'spondylolysis'>, context: RuleContext): Contribution {
  const { axialPain } = context.picture;
  if (finding.edema) {
    return {
      label: 'possibly-contributory',
      reasons: [because('Pars defect with oedema: spondylolysis counts most when oedematous.', 'brinjikji-2015-or'), spondylolysisOr],
      rankScore: 6,
    };
  }
  if (axialPain === false) {
    return { label: 'probably-incidental', reasons: [because('Pars defect without oedema, and no axial back pain is recorded for it to explain.', 'brinjikji-2015-or'), spondylolysisOr] };
  }
  return {
    label: 'possibly-contributory',
    reasons: [spondylolysisOr],
    missing: axialPain === undefined ? [MISSING.axialPain] : [],
    rankScore: 4,
  };
}

function facetEffusionAt(finding: FindingOf<'spondylolisthesis'> | FindingOf<'facet-arthropathy'>, context: RuleContext): boolean {
  return [finding, ...atSameLevel(finding, context)].some((other) => other.type === 'facet-arthropathy' && (other.effusionMm ?? 0) > 0);
}

const effusionReason = because('Facet effusion at the slip level marks instability (mean 2.15 ± 0.85 mm when the slip reduced supine by more than 3%).', 'lattig-2012');

function assessSpondylolisthesis(finding: FindingOf<'spondylolisthesis'>, context: RuleContext): Contribution {
  const reasons: Reason[] = [];
  if (facetEffusionAt(finding, context)) reasons.push(effusionReason);
  const stenosis = atSameLevel(finding, context).some((other) => other.type === 'central-stenosis' && (canalSeverity(other) ?? 0) >= 2);
  if (stenosis && context.picture.claudication === true) {
    reasons.push(because('The slip narrows a stenotic canal in a patient with neurogenic claudication.', 'suri-2010'));
  }
  const [upperVertebra] = discVertebrae(finding.level);
  const parsDefect = context.findings.some((other) => other.type === 'spondylolysis' && other.level === upperVertebra);
  if (finding.etiology === 'isthmic' || parsDefect) reasons.push(because('Isthmic slip: the pars defects behind it are associated with back pain (spondylolysis OR 5.06).', 'brinjikji-2015-or'));
  if (finding.etiology === 'pathologic' || finding.etiology === 'traumatic') {
    reasons.push(because(`A ${finding.etiology} slip: look for its cause (fracture, marrow lesion or infection).`));
  }
  const alone = because('Spondylolisthesis alone is not associated with back pain: OR 1.59 (95% CI 0.78–3.24).', 'brinjikji-2015-or');
  if (reasons.length === 0) return { label: 'probably-incidental', reasons: [alone] };
  return { label: 'possibly-contributory', reasons: [...reasons, alone], rankScore: 3 + reasons.length };
}

function assessFacetEffusion(finding: FindingOf<'facet-arthropathy'>, context: RuleContext): Contribution[] {
  if ((finding.effusionMm ?? 0) <= 0) return [];
  const slip = atSameLevel(finding, context).some((other) => other.type === 'spondylolisthesis');
  if (!slip) return [];
  return [{ label: 'possibly-contributory', reasons: [effusionReason], rankScore: 4 }];
}

export const parsInstabilityFamily: RuleFamily = {
  name: 'pars and instability',
  assess(finding, context) {
    if (finding.type === 'spondylolysis') return [assessSpondylolysis(finding, context)];
    if (finding.type === 'spondylolisthesis') return [assessSpondylolisthesis(finding, context)];
    if (finding.type === 'facet-arthropathy') return assessFacetEffusion(finding, context);
    return [];
  },
};
