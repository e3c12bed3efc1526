import { ReportRepository } from '../report/report-repository.ts';
import type { Db } from '../store/database.ts';
import { ReviewRepository } from '../store/repositories/review-repository.ts';

/** The repositories a review reads and writes, prepared once per database connection. */
export interface ReviewStore {
  reports: ReportRepository;
  reviews: ReviewRepository;
}

const stores = new WeakMap<Db, ReviewStore>();

export function reviewStore(db: Db): ReviewStore {
  let store = stores.get(db);
  if (!store) {
    store = { reports: new ReportRepository(db), reviews: new ReviewRepository(db) };
    stores.set(db, store);
  }
  return store;
}
