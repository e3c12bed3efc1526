import type { Db } from '../store/database.ts';
import { AuditRepository } from '../store/repositories/audit-repository.ts';
import { CaseRepository } from '../store/repositories/case-repository.ts';
import { ClinicalRepository } from '../store/repositories/clinical-repository.ts';
import { FindingRepository } from '../store/repositories/finding-repository.ts';

/** The four repositories a case change touches, prepared once per database connection. */
export interface CaseStore {
  db: Db;
  cases: CaseRepository;
  findings: FindingRepository;
  clinical: ClinicalRepository;
  audit: AuditRepository;
}

const stores = new WeakMap<Db, CaseStore>();

export function caseStore(db: Db): CaseStore {
  let store = stores.get(db);
  if (!store) {
    store = { db, cases: new CaseRepository(db), findings: new FindingRepository(db), clinical: new ClinicalRepository(db), audit: new AuditRepository(db) };
    stores.set(db, store);
  }
  return store;
}
