import type Database from 'better-sqlite3';
import { dicomIndex } from './001-dicom-index.ts';
import { cases } from './002-cases.ts';
import { reports } from './003-reports.ts';
import { exportTables } from './004-export.ts';
import { viewerLayout } from './005-viewer-layout.ts';
import { reviews } from './006-reviews.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/**
 * Every schema change, numbered from 1 without gaps. Never edit a migration that has shipped;
 * add the next one. Each has its own test in test/unit/main/services/store/migrations/.
 */
export const migrations: readonly Migration[] = [dicomIndex, cases, reports, exportTables, viewerLayout, reviews];
