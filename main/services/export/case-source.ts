import type { Case } from '../../../shared/domain/case.ts';
import type { CaseFilter, CaseFilterSubject } from '../../../shared/domain/case-filter.ts';
import type { Correlation, Label } from '../../../shared/correlation/output.ts';
import type { Clinical } from '../../../shared/domain/clinical.ts';
import { verdictCode } from '../../../shared/review/verdict.ts';
import { caseDocument, findingFromRow } from '../cases/case-document.ts';
import type { Db } from '../store/database.ts';
import { type CaseCandidate, caseCandidates, loadCaseBatch, type ReviewVerdicts, type StudyInstanceFile, studyInstanceFiles } from '../store/repositories/case-query.ts';

/** One case as the export reads it: identified, straight from the store. */
export interface ExportCase {
  studyInstanceUID: string;
  status: 'draft' | 'final' | 'amended';
  /** A spine physician reviewed it (it has a review, migration 006). */
  reviewed: boolean;
  /** Who the patient is, for the pseudonym and date offset: never written out. */
  patientKey: string;
  document: Case;
  overrides: Readonly<Record<string, { label: Label; reason: string }>>;
  /** Per finding of the document: the latest review's verdict, `agree`, `disagree:<label>` or `comment` (never the comment's text). */
  reviewVerdicts: Readonly<Record<string, string>>;
  /** Levels the radiologist marked normal. */
  normalLevels: readonly string[];
  /** For a signed case: the correlation it was signed with (labels and ruleset as signed). */
  signedCorrelation: Correlation | null;
}

export interface CaseSource {
  /** The cases that may match, cheapest narrowing first; `matchesCaseFilter` decides on each. */
  candidates(filter: CaseFilter): CaseCandidate[];
  /** Loads a batch of candidates, in their order. */
  load(candidates: readonly CaseCandidate[]): ExportCase[];
  instanceFiles(studyInstanceUID: string): StudyInstanceFile[];
}

/** Who a case's patient is: the DICOM Patient ID and birth date when imported, else the study alone. */
export function patientKeyOf(candidate: Pick<CaseCandidate, 'patientId' | 'birthDate' | 'studyInstanceUID'>): string {
  return candidate.patientId ? `patient\0${candidate.patientId}\0${candidate.birthDate ?? ''}` : `study\0${candidate.studyInstanceUID}`;
}

/** The review verdicts of the document's findings, as the export writes them. */
function reviewVerdictsOf(document: Case, review: ReviewVerdicts | undefined): Record<string, string> {
  if (!review) return {};
  return Object.fromEntries(
    document.findings.flatMap((finding) => {
      const recorded = review.get(finding.id);
      return recorded ? [[finding.id, verdictCode(recorded.verdict, recorded.label)]] : [];
    }),
  );
}

export function databaseCaseSource(db: Db): CaseSource {
  return {
    candidates: (filter) => caseCandidates(db, filter),
    load(candidates) {
      const batch = loadCaseBatch(db, candidates.map((c) => c.id));
      const rows = new Map(batch.cases.map((row) => [row.id, row]));
      return candidates.map((candidate) => {
        const row = rows.get(candidate.id);
        if (!row) throw new Error('case vanished during the export');
        const review = batch.reviews.get(row.studyInstanceUID);
        const common = { studyInstanceUID: row.studyInstanceUID, status: row.status, reviewed: review !== undefined, patientKey: patientKeyOf(candidate), normalLevels: batch.normalLevels.get(row.id) ?? [] };
        const verdictsOf = (document: Case) => reviewVerdictsOf(document, review);
        const signed = row.status !== 'draft' ? batch.signed.get(row.studyInstanceUID) : undefined;
        if (signed) {
          // A signed case is exported as it was signed: its snapshot's case, overrides and correlation.
          const overrides = JSON.parse(signed.overridesJson) as { findingId: string; label: Label; reason: string }[];
          const document = JSON.parse(signed.caseJson) as Case;
          return {
            ...common,
            document,
            reviewVerdicts: verdictsOf(document),
            overrides: Object.fromEntries(overrides.map((o) => [o.findingId, { label: o.label, reason: o.reason }])),
            signedCorrelation: JSON.parse(signed.correlationJson) as Correlation,
          };
        }
        const findings = (batch.findings.get(row.id) ?? []).map(findingFromRow);
        const clinical = JSON.parse(batch.clinical.get(row.id) ?? '{}') as Clinical;
        const document = caseDocument(row, findings, clinical);
        return {
          ...common,
          document,
          reviewVerdicts: verdictsOf(document),
          overrides: Object.fromEntries((batch.overrides.get(row.id) ?? []).map((o) => [o.findingUid, { label: o.label as Label, reason: o.reason }])),
          signedCorrelation: null,
        };
      });
    },
    instanceFiles: (studyInstanceUID) => studyInstanceFiles(db, studyInstanceUID),
  };
}

/** What the filters look at in a loaded case; `computed` are the engine's labels by finding id. */
export function filterSubjectOf(candidate: CaseCandidate, exportCase: ExportCase, computed: ReadonlyMap<string, Label>): CaseFilterSubject {
  return {
    status: exportCase.status,
    reviewed: exportCase.reviewed,
    age: candidate.age,
    sex: candidate.sex,
    studyDate: candidate.studyDate,
    findings: exportCase.document.findings.map((f) => ({ type: f.type, level: f.level, label: exportCase.overrides[f.id]?.label ?? computed.get(f.id) ?? null })),
    clinicalRedFlags: exportCase.document.clinical?.redFlags?.length ?? 0,
  };
}
