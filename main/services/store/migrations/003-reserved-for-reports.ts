import type { Migration } from './index.ts';

/**
 * PLACEHOLDER, NOT A SCHEMA CHANGE. Version 3 belongs to the report branch (reports and
 * sign-off); it had not landed when the research export needed its own migration (004), and the
 * runner requires 1..n without gaps. When the report branch's 003 merges, delete this file and
 * list that one instead. A development database migrated with this placeholder lacks the report
 * tables: delete it (nothing has shipped).
 */
export const reservedForReports: Migration = {
  version: 3,
  name: 'reserved-for-reports',
  up() {},
};
