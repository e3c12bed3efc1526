import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../main/handlers.ts';
import { readCaseView } from '../../../../../main/services/cases/case-document.ts';
import { caseStore } from '../../../../../main/services/cases/case-store.ts';
import { addFinding, updateFinding } from '../../../../../main/services/cases/findings.ts';
import type { Services } from '../../../../../main/services/context.ts';
import { startAmendment, openReport, signReport } from '../../../../../main/services/report/report-service.ts';
import { openReview, reviewSummary, setReviewNote, setVerdict, updateReviewClinical } from '../../../../../main/services/review/review-service.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { useServices } from '../cases/support/services.ts';
import { NEW_EXAMINATION, REVIEWER, SIGNER, STUDY, seedReviewCase, sign } from './support/review-case.ts';

const tempDir = useTempDir();
const servicesWith = useServices(tempDir);

function reviewedCase(options: { signed: boolean }): { services: Services; basisVersion: number | null } {
  const services = servicesWith();
  seedReviewCase(services);
  if (!options.signed) return { services, basisVersion: null };
  const signed = sign(services);
  return { services, basisVersion: signed.version.number };
}

function count(services: Services, table: string): number {
  return services.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('what a review looks at', () => {
  it('a signed case: the correlation frozen at sign-off, findings ranked by label, nothing written by opening it', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    const view = openReview(services, STUDY);
    expect(view.basis).toMatchObject({ kind: 'signed', caseStatus: 'final', reportVersion: basisVersion, signedBy: SIGNER });
    expect(view.findings.map((f) => [f.finding.id, f.label])).toEqual([
      ['f1', 'possibly-contributory'],
      ['f2', 'possibly-contributory'],
      ['f3', 'probably-incidental'],
    ]);
    expect(view.findings[0]!.result.reasons.join(' ')).toMatch(/leg-pain pattern and deficits are not recorded/);
    expect(view).toMatchObject({ reviewer: REVIEWER, note: null, clinical: null, updated: null, history: [] });
    expect(count(services, 'reviews')).toBe(0);
  });

  it('keeps showing the signed labels after the radiologist edits the case, until an amendment is signed', () => {
    const { services } = reviewedCase({ signed: true });
    updateFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f3', level: 'L3-L4', type: 'disc-bulge', canalCompromise: 'severe' } as never });
    addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f4', level: 'L2-L3', type: 'fracture', acuity: 'acute', cause: 'pathologic-suspected' } as never });
    const view = openReview(services, STUDY);
    expect(view.findings.map((f) => f.finding.id)).toEqual(['f1', 'f2', 'f3']);
    expect(view.document.findings.find((f) => f.id === 'f3')).not.toHaveProperty('canalCompromise');
  });

  it('a draft: the live correlation, said to be live, with the radiologist’s override as the label under review', async () => {
    const { services } = reviewedCase({ signed: false });
    expect(openReview(services, STUDY).basis).toMatchObject({ kind: 'live', caseStatus: 'draft', reportVersion: null, signedBy: null });
    await dispatch(services, 'case.setOverride', { studyInstanceUID: STUDY, findingId: 'f3', label: 'likely-pain-generator', reason: 'clinically the level' });
    const view = openReview(services, STUDY);
    expect(view.findings.map((f) => [f.finding.id, f.label, f.override?.label ?? null])).toEqual([
      ['f3', 'likely-pain-generator', 'likely-pain-generator'],
      ['f1', 'possibly-contributory', null],
      ['f2', 'possibly-contributory', null],
    ]);
  });
});

describe('verdicts', () => {
  it('are appended with author and time: the latest is current, every one stays in the history', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    const base = { studyInstanceUID: STUDY, basisVersion };
    setVerdict(services, { ...base, findingId: 'f3', verdict: 'agree' });
    setVerdict(services, { ...base, findingId: 'f2', verdict: 'disagree', label: 'probably-incidental', comment: ' Chronic, no axial-pain pattern. ' });
    setVerdict(services, { ...base, findingId: 'f1', verdict: 'comment', comment: 'Check the L5 root on the axial images.' });
    const view = setVerdict(services, { ...base, findingId: 'f3', verdict: 'comment', comment: 'Bulge is mild.' });

    const byId = new Map(view.findings.map((f) => [f.finding.id, f.verdict]));
    expect(byId.get('f2')).toMatchObject({ verdict: 'disagree', label: 'probably-incidental', reviewedLabel: 'possibly-contributory', comment: 'Chronic, no axial-pain pattern.', author: REVIEWER });
    expect(byId.get('f3')).toMatchObject({ verdict: 'comment', label: null, comment: 'Bulge is mild.' });
    expect(view.history.map((h) => (h.kind === 'verdict' ? `${h.findingId}:${h.verdict}` : h.kind))).toEqual(['f3:comment', 'f1:comment', 'f2:disagree', 'f3:agree']);
    expect(view.history.every((h) => h.author === REVIEWER && !Number.isNaN(Date.parse(h.at)))).toBe(true);
    expect(view.reviewers).toEqual([REVIEWER]);
    expect(count(services, 'reviews')).toBe(1);
    expect(count(services, 'review_entries')).toBe(4);
  });

  it('recording the same verdict again appends nothing', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    const base = { studyInstanceUID: STUDY, basisVersion };
    setVerdict(services, { ...base, findingId: 'f3', verdict: 'agree' });
    setVerdict(services, { ...base, findingId: 'f3', verdict: 'agree', comment: '  ' });
    expect(count(services, 'review_entries')).toBe(1);
    setVerdict(services, { ...base, findingId: 'f3', verdict: 'agree', comment: 'Typical for age.' });
    expect(count(services, 'review_entries')).toBe(2);
  });

  it('refuses what cannot be a verdict, and nothing is written', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    const base = { studyInstanceUID: STUDY, basisVersion };
    expect(() => setVerdict(services, { ...base, findingId: 'f1', verdict: 'disagree' })).toThrow(/names the label you would give/);
    expect(() => setVerdict(services, { ...base, findingId: 'f1', verdict: 'disagree', label: 'possibly-contributory' })).toThrow(/already labelled possibly contributory/);
    expect(() => setVerdict(services, { ...base, findingId: 'f1', verdict: 'agree', label: 'likely-pain-generator' })).toThrow(/Only a disagreement gives a label/);
    expect(() => setVerdict(services, { ...base, findingId: 'f1', verdict: 'comment', comment: '   ' })).toThrow(/Write the comment/);
    expect(() => setVerdict(services, { ...base, findingId: 'f9', verdict: 'agree' })).toThrow(/not in the reviewed case/);
    expect(() => setVerdict(services, { ...base, basisVersion: null, findingId: 'f1', verdict: 'agree' })).toThrow(/signed or amended since/);
    expect(count(services, 'reviews')).toBe(0);
    expect(count(services, 'review_entries')).toBe(0);
  });

  it('refuses malformed requests at the boundary', async () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    const refused = await dispatch(services, 'review.setVerdict', { studyInstanceUID: STUDY, basisVersion, findingId: 'f1', verdict: 'maybe' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const invalid = await dispatch(services, 'review.setVerdict', { studyInstanceUID: STUDY, basisVersion, findingId: 'f1', verdict: 'disagree' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'A disagreement names the label you would give.' } });
  });

  it('cannot be changed or deleted below the service either', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    setVerdict(services, { studyInstanceUID: STUDY, basisVersion, findingId: 'f1', verdict: 'agree' });
    expect(() => services.db.prepare("UPDATE review_entries SET verdict = 'disagree'").run()).toThrow(/append-only/);
    expect(() => services.db.prepare('DELETE FROM review_entries').run()).toThrow(/append-only/);
    expect(() => services.db.prepare('DELETE FROM reviews').run()).toThrow(/never deleted/);
  });
});

describe('the overall note', () => {
  it('is appended like a verdict; an empty text clears it and the earlier ones stay in the history', () => {
    const { services, basisVersion } = reviewedCase({ signed: false });
    const base = { studyInstanceUID: STUDY, basisVersion };
    expect(setReviewNote(services, { ...base, text: 'Agree with conservative care first.' }).note).toMatchObject({ text: 'Agree with conservative care first.', author: REVIEWER });
    setReviewNote(services, { ...base, text: 'Agree with conservative care first. ' });
    const cleared = setReviewNote(services, { ...base, text: '' });
    expect(cleared.note).toBeNull();
    expect(cleared.history.map((h) => (h.kind === 'note' ? h.text : h.kind))).toEqual(['', 'Agree with conservative care first.']);
    expect(setReviewNote(services, { ...base, text: '  ' }).history).toHaveLength(2);
  });
});

describe('a review-scoped clinical update', () => {
  it('relabels the reviewed case, shows the diff against the signed correlation, and leaves the case and its snapshot alone', async () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    const snapshotBefore = services.db.prepare('SELECT sha256, case_json FROM report_snapshots').get();
    const view = updateReviewClinical(services, { studyInstanceUID: STUDY, basisVersion, changes: NEW_EXAMINATION });

    expect(view.clinical?.picture).toMatchObject({ durationWeeks: 8, axialPain: true, ...NEW_EXAMINATION });
    expect(view.updated?.diff.findings).toEqual([
      {
        findingId: 'f1',
        labelBefore: 'possibly-contributory',
        labelAfter: 'likely-pain-generator',
        reasonsAdded: ['Concordant: left L5 dermatomal leg pain and left L5 motor deficit.'],
        reasonsRemoved: ['The leg-pain pattern and deficits are not recorded, so root concordance cannot be assessed.'],
      },
    ]);
    expect(view.updated?.diff).toMatchObject({ rulesetBefore: view.basis.ruleset, rulesetAfter: view.basis.ruleset, redFlagsAdded: [], redFlagsRemoved: [] });
    // What was reviewed stays as signed: labels, correlation and the case's own clinical picture.
    expect(view.findings.find((f) => f.finding.id === 'f1')?.label).toBe('possibly-contributory');
    expect(view.document.clinical).toEqual({ durationWeeks: 8, axialPain: true });
    expect(services.db.prepare('SELECT sha256, case_json FROM report_snapshots').get()).toEqual(snapshotBefore);
    const store = caseStore(services.db);
    expect(readCaseView(store, store.cases.byStudy(STUDY)!).document.clinical).toEqual({ durationWeeks: 8, axialPain: true });
    expect(view.history[0]).toMatchObject({ kind: 'clinical', fields: ['legPain', 'deficits'], author: REVIEWER });

    // Further changes build on the review's picture; clearing a field goes back towards the signed one.
    const again = updateReviewClinical(services, { studyInstanceUID: STUDY, basisVersion, changes: { deficits: null } });
    expect(again.clinical?.picture).not.toHaveProperty('deficits');
    expect(again.updated?.diff.findings[0]).toMatchObject({ findingId: 'f1', labelAfter: 'likely-pain-generator' });
    expect(again.history[0]).toMatchObject({ kind: 'clinical', fields: ['deficits'] });
    expect(() => updateReviewClinical(services, { studyInstanceUID: STUDY, basisVersion, changes: { durationWeeks: -3 } })).toThrow(/out of range/);
  });

  it('a red flag found on examination shows as a red flag added', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    const view = updateReviewClinical(services, { studyInstanceUID: STUDY, basisVersion, changes: { redFlags: ['saddle-anaesthesia'] } });
    expect(view.updated?.diff.redFlagsAdded.length).toBeGreaterThan(0);
    expect(view.updated?.diff.redFlagsRemoved).toEqual([]);
  });
});

describe('the summary the radiologist sees', () => {
  it('counts the current verdicts, names the reviewers and the findings, and carries the note and the clinical change', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    expect(reviewSummary(services, STUDY)).toBeNull();
    const base = { studyInstanceUID: STUDY, basisVersion };
    setVerdict(services, { ...base, findingId: 'f3', verdict: 'agree' });
    setVerdict(services, { ...base, findingId: 'f2', verdict: 'disagree', label: 'probably-incidental' });
    setVerdict(services, { ...base, findingId: 'f1', verdict: 'comment', comment: 'Check the L5 root.' });
    setReviewNote(services, { ...base, text: 'Physiotherapy first.' });
    updateReviewClinical(services, { ...base, changes: NEW_EXAMINATION });
    const summary = reviewSummary(services, STUDY)!;
    expect(summary).toMatchObject({ reviewers: [REVIEWER], counts: { agree: 1, disagree: 1, comment: 1 }, note: { text: 'Physiotherapy first.' } });
    expect(summary.verdicts.map((v) => [v.finding, v.verdict, v.label])).toEqual([
      ['L4-L5 Disc herniation (left, extrusion subarticular, L5 compression)', 'comment', null],
      ['L5-S1 Modic endplate change (type 1)', 'disagree', 'probably-incidental'],
      ['L3-L4 Disc bulge', 'agree', null],
    ]);
    expect(summary.clinical).toMatchObject({ fields: ['legPain', 'deficits'], diff: { findings: [{ findingId: 'f1', labelAfter: 'likely-pain-generator' }] } });
  });

  it('after an amendment: the review of the earlier version is still shown until the amended one is reviewed', () => {
    const { services, basisVersion } = reviewedCase({ signed: true });
    setVerdict(services, { studyInstanceUID: STUDY, basisVersion, findingId: 'f2', verdict: 'disagree', label: 'probably-incidental' });
    startAmendment(services, STUDY);
    // An amendment in progress: the signed version is still the one reviewed.
    expect(openReview(services, STUDY).basis.reportVersion).toBe(basisVersion);
    const draft = openReport(services, STUDY);
    const amended = signReport(services, { studyInstanceUID: STUDY, baseNumber: draft.version.number, reason: 'Modic change reconsidered' });
    const fresh = openReview(services, STUDY);
    expect(fresh.basis).toMatchObject({ kind: 'signed', caseStatus: 'amended', reportVersion: amended.version.number });
    expect(fresh.findings.every((f) => f.verdict === null)).toBe(true);
    expect(reviewSummary(services, STUDY)).toMatchObject({ basis: { reportVersion: basisVersion }, counts: { disagree: 1 } });
    expect(() => setVerdict(services, { studyInstanceUID: STUDY, basisVersion, findingId: 'f1', verdict: 'agree' })).toThrow(/signed or amended since/);
    setVerdict(services, { studyInstanceUID: STUDY, basisVersion: amended.version.number, findingId: 'f1', verdict: 'agree' });
    expect(reviewSummary(services, STUDY)).toMatchObject({ basis: { reportVersion: amended.version.number }, counts: { agree: 1, disagree: 0 } });
  });
});
