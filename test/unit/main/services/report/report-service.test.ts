import { describe, expect, it } from 'vitest';
import { updateClinical } from '../../../../../main/services/cases/clinical.ts';
import { addFinding } from '../../../../../main/services/cases/findings.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { writePreferences } from '../../../../../main/services/preferences/preferences.ts';
import {
  addAddendum, openReport, reportVersion, resolveReportConflict, saveReport, signReport, startAmendment,
} from '../../../../../main/services/report/report-service.ts';
import type { Services } from '../../../../../main/services/context.ts';
import type { ReportView } from '../../../../../shared/ipc/channels/report.ts';
import type { SectionId } from '../../../../../shared/report/index.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from '../cases/support/services.ts';

const tempDir = useTempDir();
const servicesWith = useServices(tempDir);

const text = (view: ReportView, id: SectionId) => view.content.sections.find((s) => s.id === id)!.text;

function radicularStudy(): Services {
  const services = servicesWith();
  openCase(services, STUDY);
  updateClinical(services, {
    studyInstanceUID: STUDY,
    changes: { durationWeeks: 6, axialPain: true, legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }], redFlags: [] },
  });
  addFinding(services, {
    studyInstanceUID: STUDY,
    finding: { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' } },
  });
  return services;
}

function versionCount(services: Services): number {
  return services.db.prepare('SELECT count(*) FROM report_versions').pluck().get() as number;
}

describe('drafting and autosave', () => {
  it('drafts the report the first time it is opened, and reopening without changes saves nothing', () => {
    const services = radicularStudy();
    const view = openReport(services, STUDY);
    expect(view).toMatchObject({ phase: 'drafting', status: 'draft', version: { number: 1, kind: 'draft' }, signed: null });
    expect(text(view, 'impression')).toBe('1. Likely pain generator: left L4–L5 subarticular extrusion compressing the traversing left L5 root, concordant with the left L5 radiculopathy.');
    expect(view.plainText.startsWith('MRI LUMBAR SPINE (DRAFT, NOT SIGNED)\nStudy: MR LUMBAR SPINE\nStudy date: 2026-01-31\nAccession: ACC1\n\nCLINICAL INDICATION\n')).toBe(true);
    openReport(services, STUDY);
    expect(versionCount(services)).toBe(1);
  });

  it('saves every edit as a new version, ignores a save that changes nothing, and refuses a stale base', () => {
    const services = radicularStudy();
    const first = openReport(services, STUDY);
    const edited = saveReport(services, { studyInstanceUID: STUDY, baseNumber: 1, sections: [{ id: 'technique', text: 'Sagittal T1, T2; axial T2 at 1.5 T.' }] });
    expect(edited.version.number).toBe(2);
    expect(text(edited, 'technique')).toBe('Sagittal T1, T2; axial T2 at 1.5 T.');
    saveReport(services, { studyInstanceUID: STUDY, baseNumber: 2, sections: [{ id: 'technique', text: 'Sagittal T1, T2; axial T2 at 1.5 T.' }] });
    expect(versionCount(services)).toBe(2);
    expect(() => saveReport(services, { studyInstanceUID: STUDY, baseNumber: first.version.number, sections: [{ id: 'technique', text: 'x' }] })).toThrow(/another window/);
    expect(edited.history.map((v) => v.number)).toEqual([1, 2]);
  });

  it('regenerates when findings change: untouched sections update, edits are kept, clashing edits show a conflict', () => {
    const services = radicularStudy();
    openReport(services, STUDY);
    const withEdits = saveReport(services, {
      studyInstanceUID: STUDY,
      baseNumber: 1,
      sections: [
        { id: 'indication', text: 'Left sciatica, six weeks.' },
        { id: 'impression', text: '1. Left L4–L5 extrusion compressing the left L5 root.' },
      ],
    });
    addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f2', level: 'L5-S1', type: 'foraminal-stenosis', side: 'left', grade: 1 } });
    const regenerated = openReport(services, STUDY);
    expect(regenerated.version.number).toBe(withEdits.version.number + 1);
    expect(regenerated.outcomes).toMatchObject({ indication: 'kept-edit', findings: 'updated', impression: 'conflict', technique: 'unchanged' });
    expect(text(regenerated, 'indication')).toBe('Left sciatica, six weeks.');
    expect(text(regenerated, 'findings')).toContain('L5–S1: Mild left foraminal stenosis (Lee 1).');
    const impression = regenerated.content.sections.find((s) => s.id === 'impression')!;
    expect(impression.text).toBe('1. Left L4–L5 extrusion compressing the left L5 root.');
    expect(impression.conflict?.generated).toContain('Likely pain generator: left L4–L5 subarticular extrusion');

    const settled = resolveReportConflict(services, { studyInstanceUID: STUDY, baseNumber: regenerated.version.number, section: 'impression', keep: 'mine' });
    expect(settled.content.sections.find((s) => s.id === 'impression')!.conflict).toBeUndefined();
    expect(text(settled, 'impression')).toBe('1. Left L4–L5 extrusion compressing the left L5 root.');
  });
});

describe('sign-off', () => {
  it('needs the radiologist name from preferences', () => {
    const services = radicularStudy();
    const view = openReport(services, STUDY);
    expect(() => signReport(services, { studyInstanceUID: STUDY, baseNumber: view.version.number })).toThrow(/Not signed: no name is set\. .*“Set your name for signing” in the top bar/);
  });

  it('refuses while a conflict is open, or when the findings changed since the text was drafted', () => {
    const services = radicularStudy();
    writePreferences(services.dataDir, { radiologistName: 'Dr Ada Reader' });
    openReport(services, STUDY);
    const edited = saveReport(services, { studyInstanceUID: STUDY, baseNumber: 1, sections: [{ id: 'findings', text: 'My own findings.' }] });
    addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f2', level: 'L2-L3', type: 'disc-bulge' } });
    expect(() => signReport(services, { studyInstanceUID: STUDY, baseNumber: edited.version.number })).toThrow(/findings changed/);
    const reopened = openReport(services, STUDY);
    expect(reopened.outcomes?.findings).toBe('conflict');
    expect(() => signReport(services, { studyInstanceUID: STUDY, baseNumber: reopened.version.number })).toThrow(/settle them before signing/);
  });

  it('freezes the report, its findings and the correlation with its ruleset; the case becomes final', () => {
    const services = radicularStudy();
    writePreferences(services.dataDir, { radiologistName: 'Dr Ada Reader' });
    const draft = openReport(services, STUDY);
    const signed = signReport(services, { studyInstanceUID: STUDY, baseNumber: draft.version.number });
    expect(signed).toMatchObject({ phase: 'signed', status: 'final', version: { kind: 'final', signedBy: 'Dr Ada Reader' }, signed: { ruleset: 'spinecorrelate-rules@1.0.0' } });
    expect(signed.plainText).toMatch(/\n\nSigned by Dr Ada Reader on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.\n$/);
    const snapshot = services.db.prepare('SELECT case_json, correlation_json, ruleset, plain_text FROM report_snapshots').get() as Record<string, string>;
    expect(JSON.parse(snapshot.case_json!).findings.map((f: { id: string }) => f.id)).toEqual(['f1']);
    expect(JSON.parse(snapshot.correlation_json!)).toMatchObject({ ruleset: 'spinecorrelate-rules@1.0.0', findings: [{ id: 'f1', label: 'likely-pain-generator' }] });
    expect(snapshot.ruleset).toBe('spinecorrelate-rules@1.0.0');
    expect(services.db.prepare('SELECT status FROM cases').pluck().get()).toBe('final');
    expect(services.db.prepare("SELECT action FROM audit WHERE action LIKE 'report.%'").pluck().all()).toEqual(['report.sign']);
  });
});

describe('a signed report changes only through an amendment that keeps the original', () => {
  function signedStudy(): { services: Services; signed: ReportView } {
    const services = radicularStudy();
    writePreferences(services.dataDir, { radiologistName: 'Dr Ada Reader' });
    const draft = openReport(services, STUDY);
    return { services, signed: signReport(services, { studyInstanceUID: STUDY, baseNumber: draft.version.number }) };
  }

  it('refuses edits and a second signature, and the database refuses to alter it directly', () => {
    const { services, signed } = signedStudy();
    expect(() => saveReport(services, { studyInstanceUID: STUDY, baseNumber: signed.version.number, sections: [{ id: 'impression', text: 'changed' }] })).toThrow(/signed/);
    expect(() => signReport(services, { studyInstanceUID: STUDY, baseNumber: signed.version.number })).toThrow(/signed/);
    expect(() => services.db.prepare("UPDATE report_versions SET content = '{}' WHERE kind = 'final'").run()).toThrow(/append-only/);
    expect(() => services.db.prepare("DELETE FROM report_versions WHERE kind = 'final'").run()).toThrow(/append-only/);
    expect(() => services.db.prepare("UPDATE report_snapshots SET plain_text = 'forged'").run()).toThrow(/frozen/);
    expect(() => services.db.prepare("INSERT INTO report_versions (report_ref, number, kind, created_at, author, content) VALUES (1, 3, 'draft', 't', 'x', '{}')").run()).toThrow(/amendment or an addendum/);
  });

  it('shows that findings changed since signing, and leaves the signed text as it was', () => {
    const { services, signed } = signedStudy();
    addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f2', level: 'L5-S1', type: 'disc-bulge' } });
    const reopened = openReport(services, STUDY);
    expect(reopened).toMatchObject({ phase: 'signed', findingsChangedSinceSigning: true });
    expect(reopened.content).toEqual(signed.content);
    expect(versionCount(services)).toBe(2);
  });

  it('amends with its own time and reason, keeping the original and its snapshot unchanged', () => {
    const { services, signed } = signedStudy();
    const originalRow = services.db.prepare("SELECT * FROM report_versions WHERE kind = 'final'").get();
    const originalSnapshot = services.db.prepare('SELECT * FROM report_snapshots').get();
    addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f2', level: 'L5-S1', type: 'disc-bulge' } });

    const amending = startAmendment(services, STUDY);
    expect(amending).toMatchObject({ phase: 'amending', status: 'final', version: { kind: 'amendment-draft' } });
    expect(text(amending, 'findings')).toContain('L5–S1: Disc bulge.');
    expect(() => signReport(services, { studyInstanceUID: STUDY, baseNumber: amending.version.number })).toThrow(/reason for the amendment/);
    const amended = signReport(services, { studyInstanceUID: STUDY, baseNumber: amending.version.number, reason: 'L5–S1 bulge added on review' });

    expect(amended).toMatchObject({ phase: 'signed', status: 'amended', version: { kind: 'amended', reason: 'L5–S1 bulge added on review' } });
    expect(amended.history.map((v) => v.kind)).toEqual(['draft', 'final', 'amendment-draft', 'amended']);
    expect(amended.plainText).toContain('Amended and signed by Dr Ada Reader on');
    expect(amended.plainText).toContain('Reason for amendment: L5–S1 bulge added on review');
    expect(services.db.prepare("SELECT * FROM report_versions WHERE kind = 'final'").get()).toEqual(originalRow);
    expect(services.db.prepare('SELECT * FROM report_snapshots ORDER BY version_ref LIMIT 1').get()).toEqual(originalSnapshot);
    const snapshots = services.db.prepare('SELECT sr_series_instance_uid AS series, sr_sop_instance_uid AS sop FROM report_snapshots ORDER BY version_ref').all() as { series: string; sop: string }[];
    expect(snapshots).toHaveLength(2);
    expect(snapshots[1]!.series).toBe(snapshots[0]!.series);
    expect(snapshots[1]!.sop).not.toBe(snapshots[0]!.sop);
    expect(services.db.prepare('SELECT status FROM cases').pluck().get()).toBe('amended');

    const original = reportVersion(services, { studyInstanceUID: STUDY, number: signed.version.number });
    expect(original.plainText).toBe(signed.plainText);
    expect(original.plainText).not.toContain('Disc bulge');
  });

  it('takes an addendum with its own time and signer, and only after signing', () => {
    const services = radicularStudy();
    writePreferences(services.dataDir, { radiologistName: 'Dr Ada Reader' });
    const draft = openReport(services, STUDY);
    expect(() => addAddendum(services, { studyInstanceUID: STUDY, text: 'Too early.' })).toThrow(/still a draft/);
    signReport(services, { studyInstanceUID: STUDY, baseNumber: draft.version.number });
    const view = addAddendum(services, { studyInstanceUID: STUDY, text: 'Discussed with the referring clinician by phone.' });
    expect(view.addenda).toEqual([expect.objectContaining({ text: 'Discussed with the referring clinician by phone.', signedBy: 'Dr Ada Reader' })]);
    expect(view.plainText).toMatch(/\n\nADDENDUM \(Dr Ada Reader, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)\nDiscussed with the referring clinician by phone\.\n$/);
    expect(view.status).toBe('final');
  });
});
