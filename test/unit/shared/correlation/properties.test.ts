import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlate, type Correlation, correlationSchema, EVIDENCE, isEvidenceId, labelRank, type Label } from '../../../../shared/correlation/index.ts';
import { type Case, FINDING_TYPE_META, parseCase } from '../../../../shared/domain/index.ts';
import { caseArbitrary, findingOfType } from '../../../helpers/arbitrary-case.ts';

type Json = Record<string, unknown>;

function parsed(json: Json): Case {
  const result = parseCase(json);
  if (!result.ok) throw new Error(`generated an invalid case: ${JSON.stringify(result.issues)}`);
  return result.case;
}

function labels(correlation: Correlation): Map<string, Label> {
  return new Map(correlation.findings.map((finding) => [finding.id, finding.label]));
}

const RUNS = { numRuns: 300 };

describe('correlate: properties over generated cases', () => {
  it('is deterministic and independent of the order of the findings', () => {
    fc.assert(
      fc.property(caseArbitrary(), fc.infiniteStream(fc.nat()), (json, randoms) => {
        const theCase = parsed(json);
        const first = correlate(theCase);
        const shuffled = [...theCase.findings].map((finding) => ({ finding, key: randoms.next().value })).sort((a, b) => a.key - b.key).map((entry) => entry.finding);
        expect(correlate({ ...theCase, findings: shuffled })).toEqual(first);
        expect(correlate(parsed(json))).toEqual(first);
      }),
      RUNS,
    );
  });

  it('produces valid correlation v1 citing only evidence ids that exist', () => {
    fc.assert(
      fc.property(caseArbitrary(), (json) => {
        const correlation = correlate(parsed(json));
        expect(correlationSchema.safeParse(correlation).success).toBe(true);
        const cited = [
          ...correlation.findings.flatMap((finding) => [...finding.evidence, ...finding.reasonDetails.flatMap((reason) => reason.evidence)]),
          ...correlation.appropriateness.evidence,
          ...correlation.redFlagDetails.flatMap((detail) => detail.evidence),
        ];
        for (const id of cited) expect(isEvidenceId(id), id).toBe(true);
        for (const finding of correlation.findings) {
          expect(finding.reasons.length).toBeGreaterThan(0);
          for (const reason of finding.reasonDetails) for (const id of reason.evidence) expect(finding.evidence).toContain(id);
          if (finding.asymptomaticPrevalence) expect(EVIDENCE[finding.asymptomaticPrevalence.source as keyof typeof EVIDENCE]).toBeDefined();
        }
        expect(correlation.ranking.every((id) => correlation.findings.some((f) => f.id === id && f.label !== 'probably-incidental'))).toBe(true);
      }),
      RUNS,
    );
  });

  const urgentFinding = fc.oneof(
    findingOfType(FINDING_TYPE_META.find((meta) => meta.type === 'infection')!),
    findingOfType(FINDING_TYPE_META.find((meta) => meta.type === 'epidural-collection')!),
    findingOfType(FINDING_TYPE_META.find((meta) => meta.type === 'marrow-lesion')!).map((finding) => ({ ...finding, pattern: 'marrow-replacing' })),
    findingOfType(FINDING_TYPE_META.find((meta) => meta.type === 'fracture')!).map((finding) => ({ ...finding, acuity: 'acute' })),
  );

  it('labels an added urgent finding urgent, whatever else the case holds, and lists it first among the red flags', () => {
    fc.assert(
      fc.property(caseArbitrary(), urgentFinding, (json, extra) => {
        const theCase = parsed({ ...json, findings: [...(json.findings as Json[]), { ...extra, id: 'added' }] });
        const correlation = correlate(theCase);
        expect(labels(correlation).get('added')).toBe('urgent-red-flag');
        expect(correlation.redFlagDetails.some((detail) => detail.kind === 'finding' && detail.findingIds.includes('added'))).toBe(true);
        expect(correlation.ranking[0] && labels(correlation).get(correlation.ranking[0])).toBe('urgent-red-flag');
      }),
      RUNS,
    );
  });

  /** The case with leg pain (and, for some, a deficit) added on the root and side of each root-compromising finding. */
  function withConcordantSymptoms(theCase: Case, deficitsToo: boolean): Case {
    const legPain = [...(theCase.clinical?.legPain ?? [])];
    const deficits = [...(theCase.clinical?.deficits ?? [])];
    for (const result of correlate(theCase).findings) {
      const { root, side } = result.concordance ?? {};
      if (!root || (side !== 'left' && side !== 'right')) continue;
      legPain.push({ side, roots: [root] });
      if (deficitsToo) deficits.push({ root, side, kind: 'motor' });
    }
    return { ...theCase, clinical: { ...theCase.clinical, legPain, deficits } };
  }

  it('never raises a label when clinical data concordant with that finding is removed', () => {
    fc.assert(
      fc.property(caseArbitrary(), fc.boolean(), (json, deficitsToo) => {
        const theCase = withConcordantSymptoms(parsed(json), deficitsToo);
        const before = correlate(theCase);
        for (const result of before.findings) {
          const concordance = result.concordance;
          if (!concordance || concordance.status !== 'concordant' || !concordance.root) continue;
          const root = concordance.root;
          const sides = concordance.side === 'left' || concordance.side === 'right' ? [concordance.side] : ['left', 'right'];
          const onSide = (side: string | undefined) => side === undefined || side === 'bilateral' || side === 'midline' || sides.includes(side);
          const clinical = theCase.clinical!;
          const stripped: Case = {
            ...theCase,
            clinical: {
              ...clinical,
              legPain: clinical.legPain?.map((pain) => (onSide(pain.side) ? { ...pain, roots: (pain.roots ?? []).filter((r) => r !== root) } : pain)),
              deficits: clinical.deficits?.filter((deficit) => !(deficit.root === root && onSide(deficit.side))),
            },
          };
          const after = labels(correlate(stripped)).get(result.id)!;
          expect(labelRank(after), `${result.id}: ${result.label} → ${after}`).toBeLessThanOrEqual(labelRank(result.label));
          const noClinical = labels(correlate({ ...theCase, clinical: undefined })).get(result.id)!;
          expect(labelRank(noClinical)).toBeLessThanOrEqual(labelRank(result.label));
        }
      }),
      RUNS,
    );
  });

  it('never raises any label when axial pain or neurogenic claudication is no longer recorded', () => {
    fc.assert(
      fc.property(caseArbitrary(), (json) => {
        const theCase = parsed(json);
        if (!theCase.clinical) return;
        const before = labels(correlate(theCase));
        for (const field of ['axialPain', 'neurogenicClaudication'] as const) {
          if (theCase.clinical[field] !== true) continue;
          const { [field]: _removed, ...rest } = theCase.clinical;
          const after = labels(correlate({ ...theCase, clinical: rest }));
          for (const [id, label] of before) expect(labelRank(after.get(id)!), `${field} ${id}`).toBeLessThanOrEqual(labelRank(label));
        }
      }),
      RUNS,
    );
  });
});
