import { describe, expect, it } from 'vitest';
import { caseSchema, FINDING_TYPE_META, FINDING_TYPES, findingSchema, formatCaseIssue, parseCase, parseCaseText } from '../../../../shared/domain/index.ts';
import { findingOfEveryType, specExampleCase } from './example-cases.ts';

const base = { format: 'spinecorrelate.case/1' };

function issuesOf(json: unknown): string[] {
  const result = parseCase(json);
  if (result.ok) throw new Error('expected the case to be refused');
  return result.issues.map(formatCaseIssue);
}

describe('case format v1', () => {
  it('accepts the example of the spec unchanged', () => {
    const result = parseCase(specExampleCase);
    expect(result).toEqual({ ok: true, case: specExampleCase });
  });

  it('accepts a finding of every type with every attribute, and nothing is lost', () => {
    expect([...FINDING_TYPES].sort()).toEqual(findingOfEveryType.map((f) => f.type).sort());
    const result = parseCase({ ...base, findings: findingOfEveryType });
    expect(result).toEqual({ ok: true, case: { ...base, findings: findingOfEveryType } });
  });

  it('keeps unknown fields at every depth on a round trip through JSON', () => {
    const extended = {
      ...specExampleCase,
      site: { name: 'x' },
      study: { ...specExampleCase.study, modality: 'MR' },
      patient: { ...specExampleCase.patient, weightKg: 80 },
      clinical: {
        ...specExampleCase.clinical,
        bmi: 24,
        legPain: [{ side: 'left', roots: ['L5'], onset: 'sudden' }],
        deficits: [{ root: 'L5', side: 'left', kind: 'motor', mrc: 4 }],
        straightLegRaise: { left: true, angle: 40 },
        priorSurgery: [{ level: 'L4-L5', surgeon: 'x' }],
        startBack: { total: 3, version: 'uk' },
      },
      findings: [
        { ...specExampleCase.findings[0], confidence: 0.9, rootCompromise: { root: 'L5', grade: 'contact', side: 'left' }, anchor: { sopInstanceUID: '1', imagePoint: [1, 2], tool: 'arrow' } },
        { id: 'x', type: 'other', level: 'L4', description: 'd', tags: ['a'] },
      ],
    };
    const result = parseCase(JSON.parse(JSON.stringify(extended)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(JSON.stringify(result.case))).toEqual(extended);
  });

  it('fills in an empty findings list and nothing else', () => {
    expect(parseCase(base)).toEqual({ ok: true, case: { ...base, findings: [] } });
  });

  it.each([
    [{ ...base, findings: [{ id: 'f', type: 'disc-herniation', level: 'L4-L5', morphology: 'huge' }] }, 'findings[0].morphology: must be one of protrusion, extrusion, sequestration'],
    [{ ...base, findings: [{ id: 'f', type: 'modic', level: 'L4' }] }, 'findings[0].level: must be a disc level: one of T11-T12, T12-L1, L1-L2, L2-L3, L3-L4, L4-L5, L5-S1, L5-L6, L6-S1'],
    [{ ...base, findings: [{ id: 'f', type: 'fracture', level: 'L4-L5' }] }, 'findings[0].level: must be a vertebral level: one of T11, T12, L1, L2, L3, L4, L5, L6, S1'],
    [{ ...base, findings: [{ id: 'f', type: 'tumour', level: 'L4' }] }, `findings[0].type: must be one of ${FINDING_TYPES.join(', ')}`],
    [{ ...base, findings: [{ id: 'f', level: 'L4' }] }, `findings[0].type: is required: one of ${FINDING_TYPES.join(', ')}`],
    [{ ...base, findings: [{ type: 'other', level: 'L4', description: 'x' }] }, 'findings[0].id: is required'],
    [{ ...base, findings: [{ id: 'f', type: 'other', level: 'L4', description: ' ' }] }, 'findings[0].description: must describe the finding'],
    [{ ...base, findings: [{ id: 'f', type: 'disc-degeneration', level: 'L4-L5', pfirrmann: 6 }] }, 'findings[0].pfirrmann: must be one of 1, 2, 3, 4, 5'],
    [{ ...base, findings: [{ id: 'f', type: 'foraminal-stenosis', level: 'L4-L5', grade: 4 }] }, 'findings[0].grade: must be one of 0, 1, 2, 3'],
    [{ ...base, findings: [{ id: 'f', type: 'central-stenosis', level: 'L4-L5', schizas: 'E' }] }, 'findings[0].schizas: must be one of A1, A2, A3, A4, B, C, D'],
    [{ ...base, findings: [{ id: 'f', type: 'modic', level: 'L4-L5', modicType: 1 }] }, 'findings[0].modicType: must be one of 1, 2, 3, 1/2, 2/3'],
    [{ ...base, findings: [{ id: 'f', type: 'disc-herniation', level: 'L4-L5', rootCompromise: { root: 'L6', grade: 'squash' } }] }, 'findings[0].rootCompromise.root: must be one of L1, L2, L3, L4, L5, S1, S2'],
    [{ ...base, findings: [{ id: 'f', type: 'fracture', level: 'L1', heightLossPercent: 120 }] }, 'findings[0].heightLossPercent: must be at most 100'],
    [{ ...base, findings: [{ id: 'f', type: 'facet-arthropathy', level: 'L4-L5', side: 'up' }] }, 'findings[0].side: must be one of left, right, bilateral, midline'],
    [{ ...base, findings: [{ id: 'f', type: 'spondylolysis', level: 'L5', edema: 'yes' }] }, 'findings[0].edema: must be true or false'],
    [{ ...base, findings: [{ id: 'f', type: 'other', level: 'L4', description: 'x', anchor: { sopInstanceUID: '1', imagePoint: [1] } }] }, 'findings[0].anchor.imagePoint: must have at least 2 items'],
    [{ ...base, patient: { age: 38.5 } }, 'patient.age: must be a whole number'],
    [{ ...base, patient: { sex: 'male' } }, 'patient.sex: must be one of F, M, O, U'],
    [{ ...base, study: { date: '31/01/2026' } }, 'study.date: must be a date written YYYY-MM-DD'],
    [{ ...base, clinical: { durationWeeks: -2 } }, 'clinical.durationWeeks: must be at least 0'],
    [{ ...base, clinical: { legPain: [{ side: 'left', roots: ['L6'] }] } }, 'clinical.legPain[0].roots[0]: must be one of L1, L2, L3, L4, L5, S1, S2'],
    [{ ...base, clinical: { deficits: [{ root: 'L5', kind: 'pain' }] } }, 'clinical.deficits[0].kind: must be one of motor, sensory, reflex'],
    [{ ...base, clinical: { redFlags: ['fever', 'aliens'] } }, 'clinical.redFlags[1]: must be one of cauda-equina-symptoms, urinary-retention, saddle-anaesthesia, progressive-neurological-deficit, cancer-history, unexplained-weight-loss, night-pain, fever, iv-drug-use, immunosuppression, recent-infection, significant-trauma, minor-trauma-with-osteoporosis-risk, long-term-corticosteroids, osteoporosis, age-over-50-new-pain, inflammatory-back-pain'],
    [{ ...base, clinical: { startBack: { total: 10 } } }, 'clinical.startBack.total: must be at most 9'],
    [{ ...base, clinical: { priorSurgery: [{ level: 'L4' }] } }, 'clinical.priorSurgery[0].level: must be a disc level: one of T11-T12, T12-L1, L1-L2, L2-L3, L3-L4, L4-L5, L5-S1, L5-L6, L6-S1'],
    [{ ...base, findings: {} }, 'findings: must be a list'],
    [{ format: 'spinecorrelate.case/2' }, 'format: must be "spinecorrelate.case/1"'],
    [{}, 'format: must be "spinecorrelate.case/1"'],
  ])('refuses %j with a message naming the field and the accepted values', (json, message) => {
    expect(issuesOf(json)).toContain(message);
  });

  it('refuses a finding id used twice, naming both', () => {
    const findings = [
      { id: 'f1', type: 'other', level: 'L4', description: 'a' },
      { id: 'f1', type: 'other', level: 'L5', description: 'b' },
    ];
    expect(issuesOf({ ...base, findings })).toEqual(['findings[1].id: must be unique in the case; findings[0] has the same id']);
  });

  it('accepts disc and vertebral levels where the type allows both, and any level for `other`', () => {
    for (const type of ['infection', 'epidural-collection'] as const) {
      expect(findingSchema.safeParse({ id: 'a', type, level: 'L3' }).success).toBe(true);
      expect(findingSchema.safeParse({ id: 'a', type, level: 'L3-L4' }).success).toBe(true);
    }
    expect(findingSchema.safeParse({ id: 'a', type: 'other', level: 'L6-S1', description: 'x' }).success).toBe(true);
  });

  it('refuses a non-object and broken JSON text without echoing the text', () => {
    expect(issuesOf(null)).toEqual(['(root): must be an object']);
    const broken = parseCaseText('{"format": "spinecorrelate.case/1", "patient": {"name": "Jane Doe"');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0]?.path).toBe('(root)');
    expect(broken.issues[0]?.message).toMatch(/^is not valid JSON/);
    expect(broken.issues[0]?.message).not.toContain('Jane');
  });

  it('never echoes a refused value in a message', () => {
    const issues = issuesOf({ ...base, patient: { sex: 'Jane Doe' }, findings: [{ id: 'f', type: 'other', level: 'Jane Doe', description: 'x' }] });
    expect(issues.join('\n')).not.toContain('Jane');
  });
});

describe('finding-type metadata', () => {
  it('covers every type once and lists exactly the attributes of its schema', () => {
    expect(FINDING_TYPE_META.map((meta) => meta.type).sort()).toEqual([...FINDING_TYPES].sort());
    const common = ['id', 'type', 'level', 'side', 'note', 'anchor'];
    for (const meta of FINDING_TYPE_META) {
      const option = findingSchema.options.find((schema) => schema.shape.type.value === meta.type)!;
      const attributes = Object.keys(option.shape).filter((key) => !common.includes(key));
      expect(meta.attributes.map((attribute) => attribute.name).sort(), meta.type).toEqual(attributes.sort());
    }
  });

  it('names the level kind each schema accepts', () => {
    for (const meta of FINDING_TYPE_META) {
      const accepts = (level: string) => findingSchema.safeParse({ id: 'a', type: meta.type, level, description: 'x' }).success;
      const kind = accepts('L4-L5') && accepts('L4') ? 'disc-or-vertebral' : accepts('L4-L5') ? 'disc' : 'vertebral';
      expect(kind, meta.type).toBe(meta.levelKind);
    }
  });

  it('offers exactly the values each schema accepts for its choices', () => {
    for (const meta of FINDING_TYPE_META) {
      for (const attribute of meta.attributes) {
        if (attribute.kind !== 'choice') continue;
        const level = meta.levelKind === 'vertebral' ? 'L4' : 'L4-L5';
        for (const value of attribute.values) {
          expect(findingSchema.safeParse({ id: 'a', type: meta.type, level, description: 'x', [attribute.name]: value }).success, `${meta.type}.${attribute.name}=${value}`).toBe(true);
        }
        expect(findingSchema.safeParse({ id: 'a', type: meta.type, level, description: 'x', [attribute.name]: 'zzz' }).success).toBe(false);
      }
    }
  });

  it('is the schema the case uses', () => {
    expect(caseSchema.safeParse({ ...base, findings: [{ id: 'a', type: 'modic', level: 'L4-L5' }] }).success).toBe(true);
  });
});
