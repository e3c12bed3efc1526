import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rejectReasons, type RejectReason } from '../../../../../main/services/dicom/reject-reason.ts';
import { openDatabase, type Db } from '../../../../../main/services/store/database.ts';
import { listStudies } from '../../../../../main/services/store/repositories/study-list.ts';
import type { RejectedFile } from '../../../../../shared/ipc/channels/studies.ts';
import type { HostileFile, NonImageKind, RejectReason as FixtureReason } from '../../../../fixtures/hostile/expectations.ts';
import { writeHostileSet } from '../../../../fixtures/hostile/write-hostile.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { importHere, type ImportResult } from './import-helpers.ts';

/** Which of the fixture set's categories each of our reasons falls in. */
const CATEGORY: Record<RejectReason, FixtureReason | 'other'> = {
  [rejectReasons.empty]: 'empty',
  [rejectReasons.notDicom]: 'not-dicom',
  [rejectReasons.truncated]: 'truncated',
  [rejectReasons.malformed]: 'corrupt',
  [rejectReasons.lengthBeyondFile]: 'corrupt',
  [rejectReasons.badItemDelimiter]: 'corrupt',
  [rejectReasons.badVr]: 'corrupt',
  [rejectReasons.missingDelimiter]: 'corrupt',
  [rejectReasons.tooDeep]: 'corrupt',
  [rejectReasons.missingIdentifiers]: 'corrupt',
  [rejectReasons.deflateCorrupt]: 'corrupt',
  [rejectReasons.deflateLimit]: 'exceeds-limits',
  [rejectReasons.timeout]: 'exceeds-limits',
  [rejectReasons.duplicate]: 'duplicate',
  [rejectReasons.permissionDenied]: 'other',
  [rejectReasons.unreadable]: 'other',
  [rejectReasons.notRegularFile]: 'other',
  [rejectReasons.brokenLink]: 'other',
  [rejectReasons.vanished]: 'other',
  [rejectReasons.missingFromMedia]: 'other',
};

const KIND_WORDS: Record<NonImageKind, string> = {
  'structured-report': 'Structured report',
  'presentation-state': 'Presentation state',
  'rt-structure-set': 'RT structure set',
  waveform: 'Waveform',
};

const tempDir = useTempDir();
let dir: string;
let files: HostileFile[];
let db: Db;
let result: ImportResult;

beforeAll(async () => {
  dir = tempDir();
  files = writeHostileSet(path.join(dir, 'set'));
  db = openDatabase(path.join(dir, 'data'));
  result = await importHere(db, [path.join(dir, 'set')]);
  return () => db.close();
}, 60_000);

const full = (relative: string) => path.join(dir, 'set', ...relative.split('/'));
const rejectionOf = (relative: string): RejectedFile | undefined => result.allRejected.find((r) => r.path === full(relative));
const pathOfInstance = (sopInstanceUid: string): string | undefined =>
  db.prepare<[string], string>('SELECT file_path FROM instances WHERE sop_instance_uid = ?').pluck().get(sopInstanceUid);

describe('the hostile and edge-case fixture set', () => {
  it('imports to the end: every file is indexed, listed with a reason, or read as media', () => {
    expect(result.state).toBe('done');
    expect(result.counts.filesProcessed).toBe(result.counts.filesFound);
  });

  const expecting = <K extends HostileFile['expect']['outcome']>(outcome: K) =>
    files.filter((f): f is HostileFile & { expect: Extract<HostileFile['expect'], { outcome: K }> } => f.expect.outcome === outcome);

  it('lists every damaged file with a reason of the kind the set expects', () => {
    expect(expecting('rejected').length).toBeGreaterThan(10);
    for (const file of expecting('rejected')) {
      const rejection = rejectionOf(file.path);
      expect.soft(rejection, file.path).toBeDefined();
      expect.soft([file.expect.reason, ...(file.expect.acceptable ?? [])], `${file.path}: ${rejection?.reason}`).toContain(CATEGORY[rejection?.reason as RejectReason]);
    }
  });

  it('imports every valid file in an unusual shape or name', () => {
    expect(expecting('imported').length).toBeGreaterThan(5);
    for (const file of expecting('imported')) {
      expect.soft(rejectionOf(file.path), file.path).toBeUndefined();
      expect.soft(pathOfInstance(file.expect.sopInstanceUid), file.path).toBe(full(file.path));
    }
  });

  it('imports one of two copies of an instance and lists the other as a duplicate', () => {
    for (const file of expecting('duplicate-pair')) {
      const reasons = [rejectionOf(file.path)?.reason, rejectionOf(file.expect.otherPath)?.reason].filter(Boolean);
      expect.soft(reasons, file.path).toEqual([rejectReasons.duplicate]);
      expect.soft([full(file.path), full(file.expect.otherPath)]).toContain(pathOfInstance(file.expect.sopInstanceUid));
    }
  });

  it('indexes each non-image object as what it is', () => {
    const allSeries = listStudies(db).flatMap((p) => p.studies.flatMap((s) => s.series));
    expect(expecting('non-image')).toHaveLength(4);
    for (const file of expecting('non-image')) {
      expect.soft(rejectionOf(file.path), file.path).toBeUndefined();
      const series = allSeries.find((s) => db.prepare('SELECT 1 FROM instances WHERE series_ref = ? AND sop_instance_uid = ?').get(s.id, file.expect.sopInstanceUid));
      expect.soft(series, file.path).toMatchObject({ isImage: false, kind: KIND_WORDS[file.expect.kind], thumbnailInstanceId: null });
    }
  });

  it('reads the DICOMDIR as media, neither imported nor rejected, and imports what it lists', () => {
    expect(expecting('media-directory')).toHaveLength(1);
    for (const file of expecting('media-directory')) {
      expect(rejectionOf(file.path), file.path).toBeUndefined();
      expect(db.prepare('SELECT 1 FROM instances WHERE file_path = ?').get(full(file.path))).toBeUndefined();
      for (const referenced of file.expect.referencedPaths) expect(db.prepare('SELECT 1 FROM instances WHERE file_path = ?').get(full(referenced)), referenced).toBeDefined();
    }
  });

  it('has an expectation for every file it wrote', () => {
    const outcomes = new Set(files.map((f) => f.expect.outcome));
    expect([...outcomes].sort()).toEqual(['duplicate-pair', 'imported', 'media-directory', 'non-image', 'rejected']);
    expect(result.counts.filesFound).toBe(files.length - 1); // the DICOMDIR is read as media, not a candidate
  });
});
