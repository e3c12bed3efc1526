import { describe, expect, it } from 'vitest';
import { exportCase, importCase } from '../../../../../main/services/cases/case-json.ts';
import { updateClinical } from '../../../../../main/services/cases/clinical.ts';
import { addFinding } from '../../../../../main/services/cases/findings.ts';
import { markLevelNormal, setLevels } from '../../../../../main/services/cases/levels.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { setOverride } from '../../../../../main/services/cases/overrides.ts';
import { RULESET } from '../../../../../shared/correlation/ruleset.ts';
import { caseSchema } from '../../../../../shared/domain/case.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

/** A case file with unknown fields everywhere the format allows them. */
const caseFile = {
  format: 'spinecorrelate.case/1',
  id: 'case-42',
  study: { studyInstanceUID: STUDY, date: '2026-01-31', scanner: '3T' },
  patient: { age: 38, sex: 'M', site: 'north' },
  clinical: {
    durationWeeks: 4,
    legPain: [{ side: 'left', roots: ['L5'], belowKnee: true, vas: 7 }],
    redFlags: [],
    pathway: 'fast-track',
  },
  findings: [
    {
      id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular',
      rootCompromise: { root: 'L5', grade: 'compression', confidence: 'high' },
      anchor: { seriesInstanceUID: '1.2.3', sopInstanceUID: '1.2.3.4', frame: 0, imagePoint: [120, 200], patientPoint: [1, 2, 3], tool: 'arrow' },
      aiScore: 0.93,
    },
    { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1', note: 'inferior endplate of L5' },
  ],
  researchTag: { cohort: 'B' },
  reading: {
    anatomy: 'standard',
    status: 'draft',
    levels: [{ level: 'L3-L4', normal: true, position: null, placedBy: null }],
    labelOverrides: [
      { findingId: 'f2', label: 'probably-incidental', reason: 'unchanged', author: 'Dr A', at: '2026-02-01T10:00:00.000Z', computedLabel: 'possibly-contributory', ruleset: 'r@1' },
    ],
    viewerState: { zoom: 2 },
  },
};

function importText(s: ReturnType<typeof services>, value: unknown, openStudy?: string) {
  return importCase(s, { text: JSON.stringify(value), studyInstanceUID: openStudy });
}

function refusal(run: () => unknown): { code: string; message: string; issues: { path: string; message: string }[] } {
  try {
    run();
  } catch (error) {
    return error as never;
  }
  throw new Error('was not refused');
}

describe('case JSON', () => {
  it('exports what was entered as case format v1, with the reading extension', () => {
    const s = services([{ studyInstanceUID: STUDY, birthDate: '19870315', studyDate: '20260131', sex: 'M' }]);
    openCase(s, STUDY);
    addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion' } });
    updateClinical(s, { studyInstanceUID: STUDY, changes: { legPain: [{ side: 'left', roots: ['L5'] }] } });
    markLevelNormal(s, { studyInstanceUID: STUDY, level: 'L2-L3', normal: true });
    setLevels(s, { studyInstanceUID: STUDY, levels: [{ level: 'L5-S1', position: { patientPoint: [0, 0, 0] }, placedBy: 'user' }] });
    setOverride(s, { studyInstanceUID: STUDY, findingId: 'f1', label: 'urgent-red-flag', reason: 'CES clinically' });

    const { fileName, text } = exportCase(s, STUDY);
    expect(fileName).toMatch(/^spinecorrelate-case-2026-01-31-[\w-]{8}\.json$/);
    const json = JSON.parse(text);
    expect(caseSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({
      format: 'spinecorrelate.case/1',
      study: { studyInstanceUID: STUDY, date: '2026-01-31' },
      patient: { age: 38, sex: 'M' },
      clinical: { legPain: [{ side: 'left', roots: ['L5'] }] },
      findings: [{ id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion' }],
      reading: {
        anatomy: 'standard',
        status: 'draft',
        levels: [
          { level: 'L2-L3', normal: true, position: null, placedBy: null },
          { level: 'L5-S1', normal: false, position: { patientPoint: [0, 0, 0] }, placedBy: 'user' },
        ],
        labelOverrides: [{ findingId: 'f1', label: 'urgent-red-flag', computedLabel: expect.any(String), ruleset: RULESET }],
      },
    });
  });

  it('round-trips a case file, unknown fields included', () => {
    const s = services();
    const view = importText(s, caseFile);
    expect(view.patient).toMatchObject({ age: 38, ageSource: 'case-file', sex: 'M', sexSource: 'case-file' });
    expect(view.overrides).toHaveLength(1);
    expect(JSON.parse(exportCase(s, STUDY).text)).toEqual(caseFile);
  });

  it('replaces the case of the study on a second import, keeping one case', () => {
    const s = services();
    openCase(s, STUDY);
    addFinding(s, { studyInstanceUID: STUDY, finding: { id: 'old', level: 'L1-L2', type: 'modic' } });
    const view = importText(s, caseFile);
    expect(view.document.findings.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(view.revision).toBe(2);
    expect(s.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
  });

  it('refuses invalid JSON naming the field path and the accepted values, changing nothing', () => {
    const s = services();
    openCase(s, STUDY);
    const bad = { ...caseFile, findings: [{ ...caseFile.findings[0], morphology: 'blob' }] };
    const error = refusal(() => importText(s, bad));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('The case was not imported: findings[0].morphology: must be one of protrusion, extrusion, sequestration');
    expect(refusal(() => importCase(s, { text: '{"format": ' })).issues[0]!.path).toBe('(root)');
    expect(refusal(() => importText(s, { ...caseFile, reading: { anatomy: 'seven' } })).issues[0]!.path).toBe('reading.anatomy');
    expect(refusal(() => importText(s, { ...caseFile, findings: [{ id: 'x', level: 'L6-S1', type: 'modic' }], reading: { anatomy: 'standard' } })).message).toMatch(/findings\[0\]\.level: L6-S1 does not exist/);
    expect(refusal(() => importText(s, { ...caseFile, reading: { labelOverrides: [{ ...caseFile.reading.labelOverrides[0], findingId: 'f9' }] } })).issues[0]!.path).toBe('reading.labelOverrides[0].findingId');
    const view = openCase(s, STUDY);
    expect(view.revision).toBe(0);
    expect(view.document.findings).toEqual([]);
  });

  it('refuses a case for a study that is not imported, or for another study than the one open', () => {
    const s = services();
    const unknown = refusal(() => importText(s, { ...caseFile, study: { studyInstanceUID: '9.9.9' } }));
    expect(unknown.code).toBe('not-found');
    expect(s.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    expect(refusal(() => importText(s, caseFile, '1.2.3.999')).issues[0]).toEqual({ path: 'study.studyInstanceUID', message: 'names another study than the one open' });
    expect(refusal(() => importText(s, { format: 'spinecorrelate.case/1' })).issues[0]!.path).toBe('study.studyInstanceUID');
    // A case that names no study goes to the one open.
    const { study: _study, ...anonymous } = caseFile;
    expect(importText(s, anonymous, STUDY).studyInstanceUID).toBe(STUDY);
  });

  it('infers a sixth lumbar vertebra from the levels when the file does not say', () => {
    const s = services();
    const view = importText(s, { format: 'spinecorrelate.case/1', study: { studyInstanceUID: STUDY }, findings: [{ id: 'f1', level: 'L6-S1', type: 'modic' }] });
    expect(view.anatomy).toBe('sixth-lumbar');
  });

  it('refuses to export a study without a case', () => {
    expect(() => exportCase(services(), STUDY)).toThrow(/no case/);
  });
});
