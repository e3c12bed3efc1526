import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { correlate, type Correlation, correlationSchema, RULESET } from '../../../../shared/correlation/index.ts';
import { correlationFormatJsonSchemaText } from '../../../../shared/correlation/json-schema.ts';
import { parseCase } from '../../../../shared/domain/index.ts';
import { caseArbitrary } from '../../../helpers/arbitrary-case.ts';
import { leftL5Radiculopathy, scenarioCase, type CaseJson } from './scenarios/scenario.ts';

function run(json: CaseJson): Correlation {
  const parsed = parseCase(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return correlate(parsed.case);
}

const extrusionL5 = { id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'subarticular', side: 'left', morphology: 'extrusion', rootCompromise: { root: 'L5', grade: 'compression' } };

describe('correlation format v1', () => {
  it('names its format and the ruleset that made it, and validates', () => {
    const correlation = run(scenarioCase([extrusionL5], { age: 40, clinical: leftL5Radiculopathy }));
    expect(correlation.format).toBe('spinecorrelate.correlation/1');
    expect(correlation.ruleset).toBe(RULESET);
    expect(RULESET).toBe('spinecorrelate-rules@1.0.0');
    expect(correlationSchema.parse(correlation)).toEqual(correlation);
  });

  it('lists findings cranial to caudal whatever order the case gives', () => {
    const correlation = run(scenarioCase([
      { id: 'b', type: 'disc-bulge', level: 'L5-S1' },
      { id: 'a', type: 'fracture', level: 'L1', acuity: 'chronic' },
      { id: 'c', type: 'disc-bulge', level: 'L2-L3' },
    ], { age: 50 }));
    expect(correlation.findings.map((f) => f.id)).toEqual(['a', 'c', 'b']);
  });

  it('gives concordance only where a root applies, and prevalence only where the source has one', () => {
    const correlation = run(scenarioCase([extrusionL5, { id: 'f2', type: 'disc-bulge', level: 'L3-L4' }, { id: 'f3', type: 'modic', level: 'L5-S1', modicType: '1' }], { age: 40, clinical: leftL5Radiculopathy }));
    const [bulge, extrusion, modic] = correlation.findings;
    expect(extrusion?.concordance).toEqual({ root: 'L5', side: 'left', matches: true, status: 'concordant', relation: 'named', explainsDeficit: true, matchedBy: ['left L5 dermatomal leg pain', 'left L5 motor deficit'] });
    expect(extrusion?.asymptomaticPrevalence).toBeUndefined();
    expect(bulge?.concordance).toBeUndefined();
    expect(bulge?.asymptomaticPrevalence).toEqual({ percent: 50, age: 40, ageUsed: 40, source: 'brinjikji-2015-prevalence', row: 'disc-bulge', finding: 'Disc bulge' });
    expect(bulge?.evidence).toContain('brinjikji-2015-prevalence');
    expect(modic?.asymptomaticPrevalence).toBeUndefined();
  });
});

describe('concordance', () => {
  it('reads a large central herniation as meeting the cauda equina roots on both sides', () => {
    const correlation = run(scenarioCase([{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'central', morphology: 'extrusion', canalCompromise: 'severe' }], { age: 42, clinical: { legPain: [{ side: 'right', roots: ['S1'] }] } }));
    expect(correlation.findings[0]?.concordance).toMatchObject({ root: 'S1', relation: 'cauda-equina', status: 'concordant' });
  });

  it('says which side and root a discordant finding meets', () => {
    const correlation = run(scenarioCase([{ id: 'f1', type: 'foraminal-stenosis', level: 'L4-L5', side: 'left', grade: 1 }], { age: 60, clinical: { legPain: [{ side: 'right', roots: ['L4'] }] } }));
    expect(correlation.findings[0]?.reasons).toContain('Discordant: it meets the L4 root on the left; the symptoms are on the right.');
  });

  it('keeps an urgent label confident when only information about lesser labels is missing', () => {
    const correlation = run(scenarioCase([{ id: 'f1', type: 'infection', level: 'L2-L3', pattern: 'spondylodiscitis' }]));
    expect(correlation.findings[0]).toMatchObject({ label: 'urgent-red-flag', confidence: 'high' });
  });
});

describe('missing clinical information', () => {
  it('lowers confidence and says so, without inventing concordance', () => {
    const withoutClinical = run(scenarioCase([extrusionL5], { age: 40 }));
    const [finding] = withoutClinical.findings;
    expect(finding?.label).toBe('possibly-contributory');
    expect(finding?.confidence).toBe('low');
    expect(finding?.concordance).toMatchObject({ status: 'unknown', matches: false });
    expect(finding?.missingInformation).toContain('Leg-pain pattern and deficits not recorded: root concordance cannot be assessed.');
    expect(withoutClinical.missingInformation[0]).toBe('No clinical information recorded: labels rest on imaging alone.');
    const full = run(scenarioCase([extrusionL5], { age: 40, clinical: leftL5Radiculopathy }));
    expect(full.findings[0]?.confidence).toBe('high');
    expect(full.missingInformation).toEqual([]);
  });

  it('says when age is missing and gives no prevalence', () => {
    const correlation = run(scenarioCase([{ id: 'f1', type: 'disc-bulge', level: 'L4-L5' }], { clinical: { axialPain: true } }));
    expect(correlation.findings[0]?.asymptomaticPrevalence).toBeUndefined();
    expect(correlation.missingInformation).toContain('Age not recorded: no age-matched prevalence can be given.');
    expect(correlation.epidemiologyStatement).toBe('');
  });

  it('labels a free-text finding contributory with low confidence and leaves it out of the ranking', () => {
    const correlation = run(scenarioCase([{ id: 'f1', type: 'other', level: 'S1', description: 'Tarlov cyst' }], { age: 40 }));
    expect(correlation.findings[0]).toMatchObject({ label: 'possibly-contributory', confidence: 'low' });
    expect(correlation.ranking).toEqual([]);
  });
});

describe('red flags at case level', () => {
  it('lists urgent findings first, then clinical flags no finding explains', () => {
    const correlation = run(scenarioCase([
      { id: 'f1', type: 'infection', level: 'L2-L3', pattern: 'spondylodiscitis' },
      { id: 'f2', type: 'disc-bulge', level: 'L4-L5' },
    ], { age: 70, clinical: { redFlags: ['fever', 'cancer-history'], durationWeeks: 2 } }));
    expect(correlation.redFlags).toHaveLength(2);
    expect(correlation.redFlags[0]).toMatch(/^Urgent: Infection \(spondylodiscitis\) at L2-L3 \(f1\)\. Spondylodiscitis: urgent/);
    expect(correlation.redFlags[1]).toMatch(/^Red flag "History of cancer": no marrow-replacing lesion/);
    expect(correlation.redFlagDetails).toContainEqual(expect.objectContaining({ kind: 'clinical', flag: 'fever', explained: true, findingIds: ['f1'] }));
    expect(correlation.redFlagDetails).toContainEqual(expect.objectContaining({ kind: 'clinical', flag: 'cancer-history', explained: false, findingIds: [] }));
  });

  it('puts the cauda equina warning first on a compressing finding when its symptoms are not recorded', () => {
    const correlation = run(scenarioCase([{ id: 'f1', type: 'central-stenosis', level: 'L4-L5', grade: 'severe', caudaEquinaCompression: true }], { age: 70, clinical: { neurogenicClaudication: true } }));
    expect(correlation.findings[0]?.label).toBe('likely-pain-generator');
    expect(correlation.findings[0]?.reasons[0]).toMatch(/^Cauda equina compression: ask about bladder, bowel and saddle symptoms/);
    expect(correlation.findings[0]?.missingInformation).toContain('Red flags not recorded.');
  });
});

describe('imaging appropriateness', () => {
  const bulge = [{ id: 'f1', type: 'disc-bulge', level: 'L4-L5' }];

  it.each([
    [{ redFlags: ['cancer-history'], durationWeeks: 1 }, 'indicated', /Red flags recorded \(history of cancer\).*ACR 2021 variant 7/],
    [{ redFlags: ['urinary-retention'] }, 'indicated', /variant 4/],
    [{ redFlags: [], durationWeeks: 10 }, 'indicated', /Symptoms for 10 weeks.*ACR 2021 variant 3/],
    [{ redFlags: [], durationWeeks: 3 }, 'not-indicated', /No red flags and symptoms for 3 weeks.*most people recover within six weeks/],
    [{ durationWeeks: 3 }, 'unknown', /red flags not recorded/],
    [{ redFlags: [], priorSurgery: [{ level: 'L4-L5' }] }, 'indicated', /ACR 2021 variant 5/],
    [{}, 'unknown', /Red flags and symptom duration not recorded/],
  ])('%j → %s', (clinical, status, basis) => {
    const { appropriateness } = run(scenarioCase(bulge, { age: 50, clinical }));
    expect(appropriateness.status).toBe(status);
    expect(appropriateness.indicated).toBe(status === 'indicated');
    expect(appropriateness.basis).toMatch(basis);
    expect(appropriateness.notes).toContain('Context only: it does not change any label.');
  });

  it('reports STarT Back risk as context', () => {
    const high = run(scenarioCase(bulge, { age: 50, clinical: { startBack: { total: 7, distress: 4 } } }));
    expect(high.appropriateness.notes[0]).toBe('STarT Back: high risk (distress subscale 4 of 5).');
    const low = run(scenarioCase(bulge, { age: 50, clinical: { startBack: { total: 2 } } }));
    expect(low.appropriateness.notes[0]).toBe('STarT Back: low risk (total 2 of 9).');
  });

  it('never changes a label: duration, stratification and prior-surgery-free appropriateness leave every label alone', () => {
    fc.assert(
      fc.property(caseArbitrary(), fc.integer({ min: 0, max: 100 }), (json, weeks) => {
        const base = run(json);
        const clinical = { ...(json.clinical as CaseJson | undefined), durationWeeks: weeks, startBack: { total: 9, distress: 5 } };
        const changed = run({ ...json, clinical });
        expect(changed.findings.map((f) => f.label)).toEqual(base.findings.map((f) => f.label));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the epidemiology statement', () => {
  it('gives the age-matched prevalence of the probably incidental findings in plain sentences', () => {
    const correlation = run(scenarioCase([
      { id: 'f1', type: 'disc-bulge', level: 'L3-L4' },
      { id: 'f2', type: 'disc-degeneration', level: 'L4-L5', pfirrmann: 4 },
      { id: 'f3', type: 'disc-bulge', level: 'L4-L5' },
      { ...extrusionL5, id: 'f4' },
    ], { age: 70, clinical: leftL5Radiculopathy }));
    expect(correlation.epidemiologyStatement).toBe(
      'In people aged 70 without back pain, MRI shows disc degeneration in about 93% and disc bulges in about 77% (Brinjikji et al. 2015). ' +
        'These findings are common and usually do not explain symptoms; at this age some figures rest on few people.',
    );
  });

  it('says when the age lies outside the source', () => {
    const correlation = run(scenarioCase([{ id: 'f1', type: 'disc-bulge', level: 'L3-L4' }], { age: 88 }));
    expect(correlation.epidemiologyStatement).toMatch(/^In people aged 80 \(the oldest age the source covers\) without back pain, MRI shows disc bulges in about 84%/);
    expect(correlation.findings[0]?.asymptomaticPrevalence?.outsideRange).toBe('age 88 lies outside the 20–80 range the source covers; the 80-year figure is shown');
  });

  it('is empty when no probably incidental finding has a prevalence', () => {
    expect(run(scenarioCase([extrusionL5], { age: 40, clinical: leftL5Radiculopathy })).epidemiologyStatement).toBe('');
  });
});

describe('docs/correlation-format.schema.json', () => {
  it('is what the zod schema generates (run `node scripts/generate-json-schema.ts` if not)', () => {
    const file = path.resolve(import.meta.dirname, '../../../../docs/correlation-format.schema.json');
    expect(fs.readFileSync(file, 'utf8')).toBe(correlationFormatJsonSchemaText());
  });
});
