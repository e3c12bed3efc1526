import { correlate } from '../../../shared/correlation/correlate.ts';
import { type CaseFilter, hasRedFlag, matchesCaseFilter } from '../../../shared/domain/case-filter.ts';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type { CaseBrowserRow } from '../../../shared/ipc/channels/case-browser.ts';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { findingWords } from '../../../shared/report/finding-words.ts';
import type { Services } from '../context.ts';
import { displayPersonName } from '../dicom/person-name.ts';
import { computedLabels } from '../export/case-rows.ts';
import { databaseCaseSource, filterSubjectOf } from '../export/case-source.ts';
import type { Db } from '../store/database.ts';
import { studySummaryOf } from '../store/repositories/study-list.ts';

/** Cases loaded per round trip (an IN list stays far below SQLite's parameter limit). */
const BATCH = 200;

interface CaseDisplay {
  id: number;
  updatedAt: string;
  patientName: string;
  patientId: string;
  studyDescription: string;
  accessionNumber: string;
}

/** Who and what each case is, for the browser's columns and search; exported for the EXPLAIN QUERY PLAN test. */
export function caseDisplayQuery(count: number): string {
  const placeholders = Array.from({ length: count }, () => '?').join(', ');
  return `SELECT c.id, c.updated_at AS updatedAt, coalesce(p.name, '') AS patientName, coalesce(p.patient_id, '') AS patientId,
      coalesce(s.description, '') AS studyDescription, coalesce(s.accession_number, '') AS accessionNumber
    FROM cases c
    LEFT JOIN studies s ON s.study_instance_uid = c.study_instance_uid
    LEFT JOIN patients p ON p.id = s.patient_ref
    WHERE c.id IN (${placeholders})`;
}

function caseDisplay(db: Db, ids: readonly number[]): Map<number, CaseDisplay> {
  const rows = db.prepare<number[], CaseDisplay>(caseDisplayQuery(ids.length)).all(...ids);
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Every case the filters select, with what the browser shows of it. The filters are the research
 * export's (shared/domain/case-filter.ts): the case query narrows in SQL, the shared predicate
 * decides on each candidate with its labels — as signed for a signed case, else the engine's now.
 */
export function listCases(services: Services, filter: CaseFilter): { rows: CaseBrowserRow[] } {
  const source = databaseCaseSource(services.db);
  const candidates = source.candidates(filter);
  const rows: CaseBrowserRow[] = [];
  for (let start = 0; start < candidates.length; start += BATCH) {
    const slice = candidates.slice(start, start + BATCH);
    const display = caseDisplay(services.db, slice.map((c) => c.id));
    source.load(slice).forEach((exportCase, index) => {
      const candidate = slice[index]!;
      const labels = computedLabels(exportCase.signedCorrelation ?? correlate(exportCase.document));
      const subject = filterSubjectOf(candidate, exportCase, labels);
      if (!matchesCaseFilter(subject, filter)) return;
      const shown = display.get(candidate.id);
      rows.push({
        studyInstanceUID: candidate.studyInstanceUID,
        patientName: displayPersonName(shown?.patientName ?? ''),
        patientId: shown?.patientId ?? '',
        studyDescription: shown?.studyDescription ?? '',
        accessionNumber: shown?.accessionNumber ?? '',
        studyDate: candidate.studyDate,
        age: candidate.age,
        sex: candidate.sex,
        status: candidate.status,
        reviewed: exportCase.reviewed,
        disagreements: Object.values(exportCase.reviewVerdicts).filter((code) => code.startsWith('disagree')).length,
        redFlag: hasRedFlag(subject),
        findings: exportCase.document.findings.map((f, i) => ({ id: f.id, level: f.level, type: f.type, label: subject.findings[i]!.label, description: describeFinding(f), phrase: findingWords(f).phrase })),
        updatedAt: shown?.updatedAt ?? '',
      });
    });
  }
  return { rows };
}

/** The imported study of a case, to open it. */
export function caseStudy(services: Services, studyInstanceUID: string): StudySummary {
  const study = studySummaryOf(services.db, studyInstanceUID);
  if (!study) throw new AppError('not-found', 'The images of this case are no longer imported: import the study again to open it.');
  return study;
}
