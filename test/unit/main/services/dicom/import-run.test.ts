import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instanceFileForServing } from '../../../../../main/services/dicom/instance-file.ts';
import { rejectReasons } from '../../../../../main/services/dicom/reject-reason.ts';
import { openDatabase, type Db } from '../../../../../main/services/store/database.ts';
import { seriesInstancesInOrder } from '../../../../../main/services/store/repositories/series-instances.ts';
import { listStudies } from '../../../../../main/services/store/repositories/study-list.ts';
import { AppError } from '../../../../../shared/ipc/result.ts';
import { el, encodeDicomFile, item, writeDicomFile } from '../../../../fixtures/dicom-writer.ts';
import type { DemoStudy } from '../../../../fixtures/phantom/write-demo.ts';
import { writeTransferSyntaxSet } from '../../../../fixtures/transfer-syntaxes/write-variants.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { demoStudy, importHere } from './import-helpers.ts';
import { mrSlice } from './mr-dataset.ts';

const tempDir = useTempDir();
let demo: DemoStudy;

beforeAll(() => {
  demo = demoStudy();
}, 120_000);

/** A private copy of the demo's DICOM folder, so tests can move and delete files. */
function copyOfDemo(): string {
  const dir = path.join(tempDir(), 'demo');
  fs.cpSync(demo.studyDir, dir, { recursive: true });
  return dir;
}

function database(): Db {
  return openDatabase(tempDir());
}

function tableDump(db: Db): unknown {
  return ['patients', 'studies', 'series', 'instances'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
}

describe('importing the demo study', () => {
  it('finds one patient, one study and the three series, each classified', async () => {
    const db = database();
    const result = await importHere(db, [copyOfDemo()]);
    expect(result.state).toBe('done');
    expect(result.allRejected).toEqual([]);
    const total = demo.manifest.series.reduce((n, s) => n + s.instances.length, 0);
    expect(result.counts).toMatchObject({ filesFound: total, filesProcessed: total, instances: total, studies: 1, series: 3, unchanged: 0 });

    const patients = listStudies(db);
    expect(patients).toHaveLength(1);
    expect(patients[0]!.studies).toHaveLength(1);
    const series = patients[0]!.studies[0]!.series;
    expect(series.map((s) => [s.description, s.plane, s.weighting])).toEqual(demo.manifest.series.map((s) => [s.description, s.plane, s.weighting]));
    for (const [i, s] of series.entries()) {
      const planned = demo.manifest.series[i]!;
      expect(s).toMatchObject({ isImage: true, kind: 'image', instanceCount: planned.instances.length, sliceCount: planned.instances.length, rows: planned.rows, columns: planned.columns });
      expect(s.sliceSpacingMm).toBeCloseTo(planned.spacingBetweenSlices, 6);
      expect(s.thumbnailInstanceId).not.toBeNull();
    }
    db.close();
  });

  it('orders each series along its slice normal, whatever the file names and instance numbers say', async () => {
    const db = database();
    await importHere(db, [copyOfDemo()]);
    const series = listStudies(db)[0]!.studies[0]!.series;
    for (const [i, s] of series.entries()) {
      const planned = demo.manifest.series[i]!;
      expect(seriesInstancesInOrder(db, s.id).map((x) => x.sopInstanceUID)).toEqual(planned.instances.map((x) => x.sopInstanceUid));
    }
    // The fixture makes sure neither shortcut would do: names are hashes, and one series numbers
    // its instances out of spatial order.
    expect(demo.manifest.series.some((s) => !s.instanceNumbersInSpatialOrder)).toBe(true);
    db.close();
  });

  it('changes nothing when the same files are imported again', async () => {
    const db = database();
    const dir = copyOfDemo();
    await importHere(db, [dir]);
    const before = tableDump(db);
    const again = await importHere(db, [dir]);
    expect(again.counts).toMatchObject({ instances: 0, unchanged: again.counts.filesFound, studies: 1, series: 3 });
    expect(again.allRejected).toEqual([]);
    expect(tableDump(db)).toEqual(before);
    db.close();
  });

  it('follows a file that was moved and reports one that was deleted when it is needed', async () => {
    const db = database();
    const dir = copyOfDemo();
    await importHere(db, [dir]);
    const [first, second] = seriesInstancesInOrder(db, listStudies(db)[0]!.studies[0]!.series[0]!.id);
    const fileOf = (id: number) => instanceFileForServing(db, id).path;
    const deleted = fileOf(second!.id);
    fs.rmSync(deleted);
    expect(() => instanceFileForServing(db, second!.id)).toThrow(AppError);
    expect(() => instanceFileForServing(db, second!.id)).toThrow(/moved or deleted/);

    const moved = fileOf(first!.id);
    const elsewhere = path.join(tempDir(), 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.renameSync(moved, path.join(elsewhere, 'moved.dcm'));
    expect(() => instanceFileForServing(db, first!.id)).toThrow(/moved or deleted/);
    const result = await importHere(db, [elsewhere]);
    expect(result.allRejected).toEqual([]);
    const [, , third] = seriesInstancesInOrder(db, listStudies(db)[0]!.studies[0]!.series[0]!.id);
    fs.appendFileSync(fileOf(third!.id), 'more bytes');
    expect(() => instanceFileForServing(db, third!.id)).toThrow(/changed since it was imported/);
    expect(result.counts.instances).toBe(1);
    const relinked = seriesInstancesInOrder(db, listStudies(db)[0]!.studies[0]!.series[0]!.id).find((x) => x.sopInstanceUID === first!.sopInstanceUID)!;
    expect(instanceFileForServing(db, relinked.id).path).toBe(path.join(elsewhere, 'moved.dcm'));
    db.close();
  });

  it('lists a copy of an imported instance as a duplicate and keeps the first', async () => {
    const db = database();
    const dir = copyOfDemo();
    await importHere(db, [dir]);
    const copy = path.join(tempDir(), 'copy.dcm');
    const original = fs.readdirSync(dir).sort()[0]!;
    fs.copyFileSync(path.join(dir, original), copy);
    const result = await importHere(db, [copy]);
    expect(result.allRejected).toEqual([{ path: copy, reason: rejectReasons.duplicate }]);
    expect(result.counts.instances).toBe(0);
    db.close();
  });
});

describe('importing mixed and hostile input', () => {
  it('imports every transfer syntax of the fixture set', async () => {
    const set = await writeTransferSyntaxSet(path.join(tempDir(), 'syntaxes'));
    const db = database();
    const result = await importHere(db, [set.dir]);
    expect(result.allRejected).toEqual([]);
    const files = set.series.reduce((n, s) => n + s.files.length, 0);
    expect(result.counts.instances).toBe(files);
    const series = listStudies(db).flatMap((p) => p.studies.flatMap((s) => s.series));
    expect(series).toHaveLength(set.series.length);
    for (const s of series) expect(s).toMatchObject({ plane: 'sagittal', weighting: 'T2', isImage: true, sliceCount: 3 });
    const syntaxes = db.prepare('SELECT DISTINCT transfer_syntax_uid FROM instances ORDER BY 1').pluck().all();
    expect(syntaxes).toEqual([...new Set(set.series.map((s) => s.variant.transferSyntaxUid))].sort());
    db.close();
  });

  it('lists each bad file with its reason and imports the rest', async () => {
    const dir = tempDir();
    const good = writeDicomFile(path.join(dir, 'good', 'IM1'), mrSlice());
    fs.writeFileSync(path.join(dir, 'empty'), '');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not DICOM');
    fs.writeFileSync(path.join(dir, 'cut'), encodeDicomFile(mrSlice({ sopInstanceUID: '2.25.100.9' })).subarray(0, 300));
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling'));
    fs.symlinkSync(dir, path.join(dir, 'good', 'loop'));
    const db = database();
    const result = await importHere(db, [dir]);
    expect(result.counts.instances).toBe(1);
    expect(result.allRejected.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: path.join(dir, 'cut'), reason: rejectReasons.truncated },
      { path: path.join(dir, 'dangling'), reason: rejectReasons.brokenLink },
      { path: path.join(dir, 'empty'), reason: rejectReasons.empty },
      { path: path.join(dir, 'notes.txt'), reason: rejectReasons.notDicom },
    ]);
    expect(seriesInstancesInOrder(db, listStudies(db)[0]!.studies[0]!.series[0]!.id)).toHaveLength(1);
    expect(good).toBeTruthy();
    db.close();
  });

  it('indexes non-image objects by what they are, beside the images of their study', async () => {
    const dir = tempDir();
    writeDicomFile(path.join(dir, 'image'), mrSlice());
    const object = (sopClass: string, modality: string, n: number) => [
      el(0x00080016, 'UI', sopClass),
      el(0x00080018, 'UI', `2.25.200.${n}`),
      el(0x00080060, 'CS', modality),
      el(0x0008103e, 'LO', `${modality} object`),
      el(0x00100010, 'PN', 'Test^Patient'),
      el(0x00100020, 'LO', 'PID-1'),
      el(0x00100030, 'DA', '19700101'),
      el(0x0020000d, 'UI', '2.25.100'),
      el(0x0020000e, 'UI', `2.25.300.${n}`),
      el(0x00200011, 'IS', 10 + n),
    ];
    writeDicomFile(path.join(dir, 'sr'), object('1.2.840.10008.5.1.4.1.1.88.33', 'SR', 1));
    writeDicomFile(path.join(dir, 'pr'), object('1.2.840.10008.5.1.4.1.1.11.1', 'PR', 2));
    writeDicomFile(path.join(dir, 'rt'), object('1.2.840.10008.5.1.4.1.1.481.3', 'RTSTRUCT', 3));
    writeDicomFile(path.join(dir, 'ecg'), object('1.2.840.10008.5.1.4.1.1.9.1.1', 'ECG', 4));
    writeDicomFile(path.join(dir, 'pdf'), object('1.2.840.10008.5.1.4.1.1.104.1', 'DOC', 5));
    const db = database();
    const result = await importHere(db, [dir]);
    expect(result.allRejected).toEqual([]);
    const series = listStudies(db)[0]!.studies[0]!.series;
    expect(series.map((s) => [s.kind, s.isImage, s.thumbnailInstanceId === null])).toEqual([
      ['image', true, false],
      ['Structured report', false, true],
      ['Presentation state', false, true],
      ['RT structure set', false, true],
      ['Waveform', false, true],
      ['Encapsulated PDF', false, true],
    ]);
    expect(listStudies(db)[0]!.studies[0]!.modalities).toEqual(['MR', 'SR', 'PR', 'RTSTRUCT', 'ECG', 'DOC']);
    db.close();
  });

  it('imports the files a DICOMDIR lists, with ISO 9660 names in another letter case, and never lists the DICOMDIR itself', async () => {
    const media = tempDir();
    writeDicomFile(path.join(media, 'dicom', 'im0001'), mrSlice({ sopInstanceUID: '2.25.100.1', instanceNumber: 1, position: [0, 0, 0] }));
    writeDicomFile(path.join(media, 'dicom', 'im0002'), mrSlice({ sopInstanceUID: '2.25.100.2', instanceNumber: 2, position: [4, 0, 0] }));
    const record = (id: string[]) => item([el(0x00041430, 'CS', 'IMAGE'), el(0x00041500, 'CS', id)]);
    writeDicomFile(path.join(media, 'DICOMDIR'), [el(0x00041220, 'SQ', [item([el(0x00041430, 'CS', 'PATIENT')]), record(['DICOM', 'IM0001']), record(['DICOM', 'IM0002']), record(['DICOM', 'IM0003'])])], {
      metaOverrides: [el(0x00020002, 'UI', '1.2.840.10008.1.3.10'), el(0x00020003, 'UI', '2.25.999')],
    });

    const viaDicomdir = await importHere(database(), [path.join(media, 'DICOMDIR')]);
    expect(viaDicomdir.counts.instances).toBe(2);
    expect(viaDicomdir.allRejected).toEqual([{ path: path.join(media, 'DICOM', 'IM0003'), reason: rejectReasons.missingFromMedia }]);

    const viaFolder = await importHere(database(), [media]);
    expect(viaFolder.counts).toMatchObject({ instances: 2, filesFound: 2 });
    expect(viaFolder.allRejected.map((r) => r.reason)).toEqual([rejectReasons.missingFromMedia]);
  });

  it('stops between chunks when cancelled, leaving only complete rows', async () => {
    const db = database();
    let checks = 0;
    const result = await importHere(db, [copyOfDemo()], () => ++checks > 2);
    expect(result.state).toBe('cancelled');
    const indexed = db.prepare('SELECT count(*) FROM instances').pluck().get() as number;
    expect(indexed).toBe(result.counts.instances);
    expect(result.counts.filesProcessed).toBeLessThan(result.counts.filesFound);
    const counts = db.prepare('SELECT instance_count AS n, (SELECT count(*) FROM instances i WHERE i.series_ref = s.id) AS actual FROM series s').all() as { n: number; actual: number }[];
    for (const c of counts) expect(c.n).toBe(c.actual);
    db.close();
  });
});
