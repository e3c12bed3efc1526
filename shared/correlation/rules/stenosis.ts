// Stenosis and claudication (clinical-knowledge.md §3.5, §4.3, §5.6): severe central stenosis with
// neurogenic claudication is a likely generator, moderate is contributory, and stenosis without
// claudication is not a generator.
import type { Finding } from '../../domain/findings.ts';
import { because, type Contribution, MISSING, missing, type Reason, type RuleContext, type RuleFamily } from '../contribution.ts';
import { canalSeverity, SEVERITY_WORD } from '../finding-traits.ts';
import type { Label } from '../output.ts';

function claudicationLabel(severity: number, claudication: boolean | undefined): Label {
  if (severity <= 1) return 'probably-incidental';
  if (claudication === true) return severity >= 3 ? 'likely-pain-generator' : 'possibly-contributory';
  if (claudication === false) return severity >= 3 ? 'possibly-contributory' : 'probably-incidental';
  return 'possibly-contributory';
}

function severityReasons(finding: Finding, severity: number, claudication: boolean | undefined, bilateralLegPain: boolean): Reason[] {
  const what = finding.type === 'central-stenosis' ? `${SEVERITY_WORD[severity]} central canal stenosis` : `${SEVERITY_WORD[severity]} compromise of the canal`;
  const reasons: Reason[] = [];
  if (severity <= 1) {
    reasons.push(because(
      severity === 0 ? 'No narrowing of the central canal is graded.' : `Mild narrowing is common: relative canal stenosis in 22.5% of community adults, 47.2% at 60–69.`,
      'kalichman-2009',
    ));
    return reasons;
  }
  if (claudication === true) {
    reasons.push(because(
      severity >= 3
        ? `${capitalise(what)} with neurogenic claudication: the syndrome it explains (claudication LR 3.7 for stenosis).`
        : `${capitalise(what)} with neurogenic claudication: possibly contributory; severe narrowing explains claudication best.`,
      'suri-2010', 'jarvik-2001',
    ));
  } else if (claudication === false) {
    reasons.push(because(
      `${capitalise(what)} without neurogenic claudication (its absence has LR 0.23 for stenosis): not a likely pain generator.`,
      'suri-2010',
    ));
    if (severity >= 3) reasons.push(because('Severe stenosis is one of the less common findings, so it is not called incidental.', 'jarvik-2001', 'brinjikji-2015-prevalence'));
  } else {
    reasons.push(because(`${capitalise(what)}; neurogenic claudication is not recorded, so its role cannot be judged.`, 'suri-2010', 'jarvik-2001'));
  }
  if (bilateralLegPain && severity >= 2) reasons.push(because('Bilateral leg pain (LR 6.3 for stenosis).', 'suri-2010'));
  if (finding.type === 'central-stenosis' && (finding.schizas === 'C' || finding.schizas === 'D')) {
    reasons.push(because(`Schizas grade ${finding.schizas}: more likely to fail conservative treatment.`, 'schizas-2010'));
  }
  return reasons;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function assessCanal(finding: Finding, context: RuleContext): Contribution[] {
  const severity = canalSeverity(finding);
  const { claudication, legPainSides } = context.picture;
  if (severity === null) {
    if (finding.type !== 'central-stenosis') return [];
    return [{
      label: claudication === true ? 'possibly-contributory' : 'probably-incidental',
      reasons: [because('Stenosis grade not recorded (Schizas or Lee): its role cannot be judged.', 'schizas-2010')],
      missing: [missing('Stenosis grade not recorded.')],
    }];
  }
  // A bulge or herniation narrowing the canal mildly says nothing about stenosis; leave it to its own rules.
  if (finding.type !== 'central-stenosis' && severity < 2) return [];
  const missingItems = severity >= 2 && claudication === undefined ? [MISSING.claudication] : [];
  return [{
    label: claudicationLabel(severity, claudication),
    reasons: severityReasons(finding, severity, claudication, legPainSides.size === 2),
    missing: missingItems,
    rankScore: severity * 10 + (claudication ? 5 : 0),
  }];
}

function assessLateralRecessClaudication(finding: Finding, context: RuleContext): Contribution[] {
  if (finding.type !== 'lateral-recess-stenosis' || (finding.grade ?? 0) < 2 || context.picture.claudication !== true) return [];
  return [{
    label: 'possibly-contributory',
    reasons: [because('Neurogenic claudication can come from lateral recess as well as central stenosis.', 'suri-2010')],
    rankScore: 15,
  }];
}

export const stenosisFamily: RuleFamily = {
  name: 'stenosis and claudication',
  assess(finding, context) {
    return [...assessCanal(finding, context), ...assessLateralRecessClaudication(finding, context)];
  },
};
