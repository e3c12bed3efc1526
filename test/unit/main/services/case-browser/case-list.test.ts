import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../main/handlers.ts';
import { caseDisplayQuery, caseStudy, listCases } from '../../../../../main/services/case-browser/case-list.ts';
import { updateClinical } from '../../../../../main/services/cases/clinical.ts';
import { addFinding } from '../../../../../main/services/cases/findings.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import type { Services } from '../../../../../main/services/context.ts';
import { setVerdict } from '../../../../../main/services/review/review-service.ts';
import { caseCandidateQuery } from '../../../../../main/services/store/repositories/case-query.ts';
import { latestReviewVerdictsQuery, REVIEW_QUERIES } from '../../../../../main/services/store/repositories/review-repository.ts';
import { STUDY_QUERIES } from '../../../../../main/services/store/repositories/study-list.ts';
import { type CaseFilterInput, caseFilterSchema } from '../../../../../shared/domain/case-filter.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { useServices } from '../cases/support/services.ts';
import { seedReviewCase, sign, STUDY } from '../review/support/review-case.ts';

const tempDir = useTempDir();
const servicesWith = useServices(tempDir);

const URGENT = '1.2.826.0.1.3680043.8.498.2002';
const EMPTY = '1.2.826.0.1.3680043.8.498.2003';

/** The signed, reviewed review case (F, 2026), a draft with an acute fracture (M, 2025) and an empty draft (M, no date). */
function threeCases(): Services {
  const services = servicesWith([
    { studyInstanceUID: STUDY, sex: 'F', patientAge: '045Y', studyDate: '20260131' },
    { studyInstanceUID: URGENT, sex: 'M', patientAge: '071Y', studyDate: '20250610' },
    { studyInstanceUID: EMPTY, sex: 'M', patientAge: '030Y', studyDate: null },
  ]);
  seedReviewCase(services);
  const signed = sign(services);
  setVerdict(services, { studyInstanceUID: STUDY, basisVersion: signed.version.number, findingId: 'f2', verdict: 'disagree', label: 'probably-incidental' });
  setVerdict(services, { studyInstanceUID: STUDY, basisVersion: signed.version.number, findingId: 'f3', verdict: 'agree' });
  openCase(services, URGENT);
  addFinding(services, { studyInstanceUID: URGENT, finding: { id: 'f1', level: 'L2', type: 'fracture', acuity: 'acute', cause: 'pathologic-suspected' } as never });
  updateClinical(services, { studyInstanceUID: URGENT, changes: { redFlags: ['cancer-history'] } });
  openCase(services, EMPTY);
  return services;
}

const list = (services: Services, filter: CaseFilterInput = {}) => listCases(services, caseFilterSchema.parse(filter)).rows;
const uids = (services: Services, filter: CaseFilterInput = {}) => list(services, filter).map((row) => row.studyInstanceUID);

describe('the case browser list', () => {
  it('lists every case, oldest study first, with who, what, status, review and each finding’s label', () => {
    const services = threeCases();
    const rows = list(services);
    expect(rows.map((row) => row.studyInstanceUID)).toEqual([URGENT, STUDY, EMPTY]);
    expect(rows[1]).toMatchObject({
      patientName: 'Test Patient', studyDescription: 'MR LUMBAR SPINE', accessionNumber: 'ACC1', studyDate: '2026-01-31', age: 45, sex: 'F',
      status: 'final', reviewed: true, disagreements: 1, redFlag: false,
      findings: [
        { id: 'f1', level: 'L4-L5', type: 'disc-herniation', label: 'possibly-contributory' },
        { id: 'f2', level: 'L5-S1', type: 'modic', label: 'possibly-contributory' },
        { id: 'f3', level: 'L3-L4', type: 'disc-bulge', label: 'probably-incidental' },
      ],
    });
    expect(rows[0]).toMatchObject({ status: 'draft', reviewed: false, disagreements: 0, redFlag: true, findings: [{ type: 'fracture', label: 'urgent-red-flag' }] });
    // Each finding's attributes in words, for the search: as the form lists them and as the impression phrases them.
    expect(rows[0]!.findings.map((f) => [f.description, f.phrase])).toEqual([['Vertebral fracture (acute, pathologic-suspected)', 'acute fracture of L2, suspected to be pathological']]);
    expect(rows[2]).toMatchObject({ studyDate: null, findings: [], redFlag: false });
  });

  it('filters with the research export’s filters: status incl. reviewed, label, red flags, finding at a level, age, sex, date', () => {
    const services = threeCases();
    expect(uids(services, { statuses: ['reviewed'] })).toEqual([STUDY]);
    expect(uids(services, { statuses: ['draft'] })).toEqual([URGENT, EMPTY]);
    expect(uids(services, { statuses: ['final'] })).toEqual([STUDY]);
    expect(uids(services, { labels: ['urgent-red-flag'] })).toEqual([URGENT]);
    expect(uids(services, { labels: ['probably-incidental'], findingTypes: ['disc-bulge'], levels: ['L3-L4'] })).toEqual([STUDY]);
    expect(uids(services, { findingTypes: ['disc-bulge'], levels: ['L4-L5'] })).toEqual([]);
    expect(uids(services, { redFlags: 'present' })).toEqual([URGENT]);
    expect(uids(services, { redFlags: 'absent' })).toEqual([STUDY, EMPTY]);
    expect(uids(services, { ageMin: 40, ageMax: 50 })).toEqual([STUDY]);
    expect(uids(services, { sexes: ['M'] })).toEqual([URGENT, EMPTY]);
    expect(uids(services, { dateFrom: '2026-01-01' })).toEqual([STUDY]);
  });

  it('shows a signed case as signed: edits after sign-off do not change its labels', () => {
    const services = threeCases();
    addFinding(services, { studyInstanceUID: STUDY, finding: { id: 'f4', level: 'L1', type: 'fracture', acuity: 'acute', cause: 'pathologic-suspected' } as never });
    expect(list(services, { statuses: ['final'] })[0]!.findings.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    expect(uids(services, { labels: ['urgent-red-flag'] })).toEqual([URGENT]);
  });

  it('opens a case’s study with its series, and says so when the study is no longer imported', async () => {
    const services = threeCases();
    expect(caseStudy(services, STUDY)).toMatchObject({ studyInstanceUID: STUDY, description: 'MR LUMBAR SPINE', series: [] });
    expect(await dispatch(services, 'caseBrowser.study', { studyInstanceUID: '9.9.9' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(services, 'caseBrowser.list', { filter: { statuses: ['reviewed'] } })).toMatchObject({ ok: true, value: { rows: [{ studyInstanceUID: STUDY }] } });
  });
});

/** What SQLite plans for a query, one line per step. */
function plan(services: Services, sql: string, params: unknown[]): string[] {
  return services.db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...params).map((row) => row.detail);
}

// The browser lists every case on each filter change: the list reads cases in date order from an
// index (no sort), and every other table it touches, per case or per batch, through an index.
describe('query plans of the case browser', () => {
  it('the list query reads cases in study-date order from its index and never sorts', () => {
    const services = servicesWith([]);
    const everything = caseCandidateQuery(caseFilterSchema.parse({}));
    const steps = plan(services, everything.sql, everything.params);
    expect(steps[0]).toMatch(/^SCAN c USING (COVERING )?INDEX cases_in_study_date_order/);
    expect(steps.filter((s) => /TEMP B-TREE/.test(s))).toEqual([]);
    const reviewed = caseCandidateQuery(caseFilterSchema.parse({ statuses: ['draft', 'reviewed'], sexes: ['F'] }));
    const reviewedSteps = plan(services, reviewed.sql, reviewed.params).join('\n');
    expect(reviewedSteps).toMatch(/SEARCH r (EXISTS )?USING COVERING INDEX reviews_by_study \(study_instance_uid=\?\)/);
    expect(reviewedSteps).not.toMatch(/TEMP B-TREE/);
  });

  const perCase: [string, string, unknown[], RegExp[]][] = [
    ['who and what, per batch', caseDisplayQuery(2), [1, 2], [/SEARCH c USING INTEGER PRIMARY KEY/, /SEARCH s USING INDEX sqlite_autoindex_studies_1 \(study_instance_uid=\?\)/, /SEARCH p USING INTEGER PRIMARY KEY/]],
    ['the latest review’s verdicts, per batch', latestReviewVerdictsQuery(2), ['1.2', '1.3'], [/SEARCH r USING (COVERING )?INDEX reviews_by_study/, /SEARCH latest USING COVERING INDEX reviews_by_study/, /SEARCH e USING INDEX review_entries_in_order \(review_ref=\?\)/]],
    ['the review of a signed version', REVIEW_QUERIES.reviewOfSignedVersion, [1], [/SEARCH reviews USING INDEX one_review_per_signed_version \(report_version_ref=\?\)/]],
    ['the review of a draft', REVIEW_QUERIES.liveReview, ['1.2'], [/SEARCH reviews USING INDEX one_live_review_per_study \(study_instance_uid=\?\)/]],
    ['the latest review of a study', REVIEW_QUERIES.latestReview, ['1.2'], [/SEARCH reviews USING INDEX reviews_by_study \(study_instance_uid=\?\)/]],
    ['a review’s entries in order', REVIEW_QUERIES.entries, [1], [/SEARCH review_entries USING INDEX review_entries_in_order \(review_ref=\?\)/]],
    ['the study of a case', STUDY_QUERIES.studyByUid, ['1.2'], [/SEARCH studies USING INDEX sqlite_autoindex_studies_1 \(study_instance_uid=\?\)/]],
    ['its series', STUDY_QUERIES.seriesOfStudy, [1], [/SEARCH series USING INDEX series_by_study \(study_ref=\?\)/]],
  ];
  it.each(perCase)('%s uses an index and never scans', (_name, sql, params, expected) => {
    const steps = plan(servicesWith([]), sql, params);
    for (const pattern of expected) expect(steps.some((step) => pattern.test(step)), `${steps.join('\n')}\nshould match ${pattern}`).toBe(true);
    expect(steps.filter((step) => /^SCAN /.test(step))).toEqual([]);
  });
});
