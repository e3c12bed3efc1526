import { AppError } from '../../../shared/ipc/result.ts';
import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { Services } from '../context.ts';
import type { CaseRow } from '../store/repositories/case-repository.ts';
import { readCaseView } from './case-document.ts';
import { caseStore, type CaseStore } from './case-store.ts';
import { currentUser } from './user.ts';

export interface ChangeContext {
  store: CaseStore;
  caseRow: CaseRow;
  /** The time of this change, ISO 8601. */
  at: string;
  user: string;
}

/** What the audit row says about a change. */
export interface ChangeRecord {
  action: string;
  target?: string | null;
  detail?: unknown;
}

export function now(): string {
  return new Date().toISOString();
}

export function caseNotFound(): AppError {
  return new AppError('not-found', 'This study has no case yet: open it for reading first.');
}

/**
 * Runs one change of a case as its own transaction, with its audit row and a new revision. When
 * this returns, the change is on disk (WAL, synchronous=FULL); when it throws, nothing changed.
 * `change` returns null for a change that changes nothing (no revision, no audit row).
 */
export function changeCase(services: Services, studyInstanceUID: string, change: (context: ChangeContext) => ChangeRecord | null): CaseView {
  const store = caseStore(services.db);
  const user = currentUser(services.dataDir);
  return services.db
    .transaction(() => {
      const caseRow = store.cases.byStudy(studyInstanceUID);
      if (!caseRow) throw caseNotFound();
      const at = now();
      const record = change({ store, caseRow, at, user });
      if (record === null) return readCaseView(store, caseRow);
      const revision = store.cases.bumpRevision(caseRow.id, at);
      store.audit.append({
        at,
        user,
        caseRef: caseRow.id,
        revision,
        action: record.action,
        target: record.target ?? null,
        detail: record.detail === undefined ? null : JSON.stringify(record.detail),
      });
      return readCaseView(store, store.cases.byStudy(studyInstanceUID)!);
    })
    .immediate();
}
