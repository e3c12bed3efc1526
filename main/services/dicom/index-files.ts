import { openMemoryDatabase, type Db } from '../store/database.ts';
import { DicomIndexWriter } from '../store/repositories/dicom-index.ts';
import { FIRST_READ_BYTES } from './byte-source.ts';
import { readDicomHeader } from './header-reader.ts';
import { instanceRecordFrom, type InstanceRecord } from './instance-record.ts';
import { reasonFor, rejectReasons } from './reject-reason.ts';

/** Size and modification time the index holds for a path, to skip the file if they still match. */
export interface IndexedStat {
  size: number;
  mtimeMs: number;
}

/** What became of one candidate file. Plain data: it crosses threads. */
export type FileOutcome =
  | { kind: 'indexed'; updated: boolean; seriesRef: number; studyRef: number }
  | { kind: 'unchanged' }
  | { kind: 'media-directory' }
  | { kind: 'rejected'; reason: string };

/**
 * Reads a chunk of files and writes what they hold to the index in one transaction: one
 * outcome per file, in order. Never throws for anything a file contains — every failure is a
 * rejected outcome with its reason.
 */
export class ChunkIndexer {
  private readonly writer: DicomIndexWriter;
  private readonly scratch = Buffer.allocUnsafe(FIRST_READ_BYTES);
  private readonly serialise: <T>(write: () => T) => T;

  /** `serialise` runs each write; index workers pass their shared write lock. */
  constructor(db: Db, serialise: <T>(write: () => T) => T = (write) => write()) {
    this.writer = new DicomIndexWriter(db);
    this.serialise = serialise;
  }

  index(files: readonly string[], indexed: ReadonlyArray<IndexedStat | null>): FileOutcome[] {
    const outcomes: FileOutcome[] = [];
    const records: InstanceRecord[] = [];
    const recordAt: number[] = [];
    files.forEach((file, i) => {
      const read = this.read(file, indexed[i] ?? null);
      if (read.kind === 'record') {
        records.push(read.record);
        recordAt.push(i);
        outcomes.push({ kind: 'unchanged' }); // replaced once written
      } else outcomes.push(read);
    });
    if (records.length > 0) {
      const written = this.serialise(() => this.writer.writeBatch(records));
      written.forEach((w, k) => {
        outcomes[recordAt[k]!] =
          w.status === 'duplicate'
            ? { kind: 'rejected', reason: rejectReasons.duplicate }
            : { kind: 'indexed', updated: w.status === 'updated', seriesRef: w.seriesRef, studyRef: w.studyRef };
      });
    }
    return outcomes;
  }

  private read(file: string, indexed: IndexedStat | null): FileOutcome | { kind: 'record'; record: InstanceRecord } {
    try {
      const read = readDicomHeader(file, {
        skip: indexed === null ? undefined : (size, mtimeMs) => size === indexed.size && mtimeMs === indexed.mtimeMs,
        scratch: this.scratch,
      });
      if (read.kind === 'skipped') return { kind: 'unchanged' };
      if (read.header.isDicomdir) return { kind: 'media-directory' };
      // Built at once: the header's values point into `scratch`, which the next read reuses.
      return { kind: 'record', record: instanceRecordFrom(file, read.header) };
    } catch (error) {
      return { kind: 'rejected', reason: reasonFor(error) };
    }
  }
}

/** File reads that train the import path before a real import (see primeIndexing). */
export const PRIMING_FILE_READS = 1500;
/** Distinct files to prime with: enough to cover their variety; repeated passes make the count. */
export const PRIMING_FILES = 100;

/**
 * Runs the import path — read, decode, write, refresh — over `files` until about
 * PRIMING_FILE_READS reads have been made, against a throwaway in-memory database. V8 optimises
 * code only after it has run a while; a primed thread starts the user's first import at full
 * speed instead of spending it in the interpreter.
 */
export function primeIndexing(files: readonly string[]): void {
  if (files.length === 0) return;
  const db = openMemoryDatabase();
  try {
    const indexer = new ChunkIndexer(db);
    const none = files.map(() => null);
    for (let reads = 0; reads < PRIMING_FILE_READS; reads += files.length) {
      indexer.index(files, none);
      db.exec('DELETE FROM patients');
    }
  } finally {
    db.close();
  }
}
