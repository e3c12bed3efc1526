import { describe, expect, it } from 'vitest';
import { correlate } from '../../../../shared/correlation/correlate.ts';
import type { Correlation } from '../../../../shared/correlation/output.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import { diffCorrelations } from '../../../../shared/review/correlation-diff.ts';
import { rankByLabel } from '../../../../shared/review/rank.ts';

const base: Case = {
  format: 'spinecorrelate.case/1',
  patient: { age: 45, sex: 'F' },
  clinical: { durationWeeks: 8, axialPain: true },
  findings: [
    { id: 'f3', level: 'L3-L4', type: 'disc-bulge' },
    { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' } },
    { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' },
  ],
};

describe('the correlation diff', () => {
  it('is empty between a correlation and itself', () => {
    const correlation = correlate(base);
    expect(diffCorrelations(correlation, correlation)).toEqual({ rulesetBefore: correlation.ruleset, rulesetAfter: correlation.ruleset, findings: [], redFlagsAdded: [], redFlagsRemoved: [] });
  });

  it('lists only the findings whose label or reasons changed, and the red flags either way', () => {
    const before = correlate(base);
    const after = correlate({ ...base, clinical: { ...base.clinical, legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], redFlags: ['saddle-anaesthesia'] } });
    const diff = diffCorrelations(before, after);
    expect(diff.findings.map((f) => [f.findingId, f.labelBefore, f.labelAfter])).toEqual([['f1', 'possibly-contributory', 'likely-pain-generator']]);
    expect(diff.findings[0]!.reasonsAdded.join(' ')).toMatch(/^Concordant/);
    expect(diff.redFlagsAdded).toHaveLength(1);
    expect(diffCorrelations(after, before).redFlagsRemoved).toEqual(diff.redFlagsAdded);
  });

  it('names a finding present in only one of them, and the rulesets compared', () => {
    const before = correlate(base);
    const after: Correlation = { ...correlate({ ...base, findings: base.findings.slice(0, 2) }), ruleset: 'spinecorrelate-rules@9.9.9' };
    const diff = diffCorrelations(before, after);
    expect(diff.findings.find((f) => f.findingId === 'f2')).toMatchObject({ labelBefore: 'possibly-contributory', labelAfter: null, reasonsAdded: [] });
    expect(diff.rulesetAfter).toBe('spinecorrelate-rules@9.9.9');
  });
});

describe('ranking by label', () => {
  it('puts urgent, likely, possible, incidental in that order; within a label the engine’s ranking, then cranio-caudal', () => {
    const correlation = correlate(base);
    const items = [
      { id: 'f3', label: 'probably-incidental' as const },
      { id: 'f2', label: 'possibly-contributory' as const },
      { id: 'f1', label: 'possibly-contributory' as const },
      { id: 'x', label: 'urgent-red-flag' as const },
    ];
    expect(rankByLabel(items, correlation).map((i) => i.id)).toEqual(['x', ...correlation.ranking.filter((id) => id !== 'f3'), 'f3']);
  });
});
