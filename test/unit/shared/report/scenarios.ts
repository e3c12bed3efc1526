import { parseCase, type Case, type CaseInput } from '../../../../shared/domain/index.ts';
import type { CorrelationInput, FindingCorrelationInput } from '../../../../shared/report/index.ts';

export function caseOf(input: Omit<CaseInput, 'format'>): Case {
  const parsed = parseCase({ format: 'spinecorrelate.case/1', ...input });
  if (!parsed.ok) throw new Error(`bad test case: ${JSON.stringify(parsed.issues)}`);
  return parsed.case;
}

export function correlationOf(findings: FindingCorrelationInput[], extra: Partial<CorrelationInput> = {}): CorrelationInput {
  return {
    format: 'spinecorrelate.correlation/1',
    ruleset: 'test-rules@1.0.0',
    findings,
    redFlags: [],
    ranking: findings.filter((f) => f.label !== 'probably-incidental').map((f) => f.id),
    epidemiologyStatement: '',
    ...extra,
  };
}

export const label = (id: string, value: FindingCorrelationInput['label'], concordance?: FindingCorrelationInput['concordance']): FindingCorrelationInput => ({
  id, label: value, reasons: [], evidence: [], ...(concordance ? { concordance } : {}),
});

/** Left L5 radiculopathy from a left L4–L5 subarticular extrusion; incidental degeneration higher up. */
export const radicularCase = caseOf({
  study: { studyInstanceUID: '1.2.826.0.1.3680043.8.498.77', date: '2026-01-31' },
  patient: { age: 38, sex: 'M' },
  clinical: {
    durationWeeks: 6,
    axialPain: true,
    legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }],
    neurogenicClaudication: false,
    deficits: [{ root: 'L5', side: 'left', kind: 'motor' }, { root: 'L5', side: 'left', kind: 'sensory' }],
    straightLegRaise: { left: true, right: false, crossed: false },
    redFlags: [],
    priorSurgery: [],
  },
  findings: [
    { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' },
      anchor: { seriesInstanceUID: '1.2.3.1', sopInstanceUID: '1.2.3.1.7', imagePoint: [120, 88] } },
    { id: 'f2', level: 'L4-L5', type: 'disc-degeneration', pfirrmann: 4, heightLoss: 'mild', signalLoss: true },
    { id: 'f3', level: 'L5-S1', type: 'disc-bulge', symmetric: true, canalCompromise: 'none' },
    { id: 'f4', level: 'L5-S1', type: 'annular-fissure', hiz: true },
  ],
});

export const radicularCorrelation = correlationOf(
  [
    label('f1', 'likely-pain-generator', { root: 'L5', side: 'left', matches: true }),
    label('f2', 'possibly-contributory'),
    label('f3', 'probably-incidental'),
    label('f4', 'probably-incidental'),
  ],
  { epidemiologyStatement: 'In people aged 38 without back pain, disc bulges are seen in about 50% and annular fissures in about 22%.' },
);
