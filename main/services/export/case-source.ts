import type { Case } from '../../../shared/domain/case.ts';
import type { CaseFilter, CaseFilterSubject } from '../../../shared/domain/case-filter.ts';
import type { Correlation, Label } from '../../../shared/correlation/output.ts';
import type { Clinical } from '../../../shared/domain/clinical.ts';
import { caseDocument, findingFromRow } from '../cases/case-document.ts';
import type { Db } from '../store/database.ts';
import { type CaseCandidate, caseCandidates, loadCaseBatch, type StudyInstanceFile, studyInstanceFiles } from '../store/repositories/case-query.ts';

/** One case as the export reads it: identified, straight from the store. */
export interface ExportCase {
  studyInstanceUID: string;
  status: 'draft' | 'final' | 'amended';
  /** A spine physician reviewed it (the review feature fills this in; false until then). */
  reviewed: boolean;
  /** Who the patient is, for the pseudonym and date offset: never written out. */
  patientKey: string;
  document: Case;
  overrides: Readonly<Record<string, { label: Label; reason: string }>>;
  /** Per finding: agree / disagree (label) / comment, from the review feature; empty until then. */
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

export function databaseCaseSource(db: Db): CaseSource {
  return {
    candidates: (filter) => caseCandidates(db, filter),
    load(candidates) {
      const batch = loadCaseBatch(db, candidates.map((c) => c.id));
      const rows = new Map(batch.cases.map((row) => [row.id, row]));
      return candidates.map((candidate) => {
        const row = rows.get(candidate.id);
        if (!row) throw new Error('case vanished during the export');
        const common = { studyInstanceUID: row.studyInstanceUID, status: row.status, reviewed: false, patientKey: patientKeyOf(candidate), reviewVerdicts: {}, normalLevels: batch.normalLevels.get(row.id) ?? [] };
        const signed = row.status !== 'draft' ? batch.signed.get(row.studyInstanceUID) : undefined;
        if (signed) {
          // A signed case is exported as it was signed: its snapshot's case, overrides and correlation.
          const overrides = JSON.parse(signed.overridesJson) as { findingId: string; label: Label; reason: string }[];
          return {
            ...common,
            document: JSON.parse(signed.caseJson) as Case,
            overrides: Object.fromEntries(overrides.map((o) => [o.findingId, { label: o.label, reason: o.reason }])),
            signedCorrelation: JSON.parse(signed.correlationJson) as Correlation,
          };
        }
        const findings = (batch.findings.get(row.id) ?? []).map(findingFromRow);
        const clinical = JSON.parse(batch.clinical.get(row.id) ?? '{}') as Clinical;
        return {
          ...common,
          document: caseDocument(row, findings, clinical),
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
