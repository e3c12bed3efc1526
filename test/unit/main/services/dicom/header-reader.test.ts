import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIRST_READ_BYTES } from '../../../../../main/services/dicom/byte-source.ts';
import { readDicomHeader, readDicomHeaderFromBytes, DEFLATE_LIMIT_BYTES } from '../../../../../main/services/dicom/header-reader.ts';
import { instanceRecordFrom, type InstanceRecord } from '../../../../../main/services/dicom/instance-record.ts';
import { reasonFor, rejectReasons } from '../../../../../main/services/dicom/reject-reason.ts';
import { TS, el, encapsulated, encodeDicomFile, item, type DataElement, type WriteOptions } from '../../../../fixtures/dicom-writer.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { mrSlice } from './mr-dataset.ts';

const tempDir = useTempDir();

function record(bytes: Uint8Array): InstanceRecord {
  return instanceRecordFrom('/x', readDicomHeaderFromBytes(bytes));
}

function writeFile(name: string, bytes: Uint8Array): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The reason reading a file ends with, or 'read' when it reads and indexes. */
function outcome(bytes: Uint8Array, options: { timeBudgetMs?: number } = {}): string {
  try {
    const read = readDicomHeader(writeFile('f', bytes), options);
    if (read.kind !== 'read') return read.kind;
    instanceRecordFrom('/x', read.header);
    return 'read';
  } catch (error) {
    return reasonFor(error);
  }
}

const file = (elements: readonly DataElement[], options?: WriteOptions) => encodeDicomFile(elements, options);

describe('readDicomHeader: encodings', () => {
  it.each(Object.entries(TS))('reads the indexed attributes of a %s file', (_name, transferSyntax) => {
    const r = record(file(mrSlice(), { transferSyntax }));
    expect(r.transferSyntaxUID).toBe(transferSyntax);
    expect(r.sopInstanceUID).toBe('2.25.100.1');
    expect(r.series.seriesInstanceUID).toBe('2.25.100.2');
    expect(r.patient.name).toBe('Test^Patient');
    expect(r.rows).toBe(4);
    expect(r.imagePositionPatient).toEqual([-20, -150, 100]);
    expect(r.imageOrientationPatient).toEqual([0, 1, 0, 0, 0, -1]);
    expect(r.pixelSpacing).toEqual([0.5, 0.5]);
    expect(r.kind).toBe('image');
  });

  it('reads a file without the preamble, and a bare data set without file meta in each encoding', () => {
    expect(record(file(mrSlice(), { preamble: false })).sopInstanceUID).toBe('2.25.100.1');
    for (const transferSyntax of [TS.implicitLittle, TS.explicitLittle, TS.explicitBig]) {
      const r = record(file(mrSlice(), { preamble: false, fileMeta: false, transferSyntax }));
      expect(r.transferSyntaxUID).toBe('');
      expect(r.rows).toBe(4);
      expect(r.imagePositionPatient).toEqual([-20, -150, 100]);
    }
  });

  it('reads a body whose meta claims the other VR encoding', () => {
    const implicitBody = file(mrSlice(), { transferSyntax: TS.implicitLittle, metaOverrides: [el(0x00020010, 'UI', TS.explicitLittle)] });
    expect(record(implicitBody).rows).toBe(4);
    const explicitBody = file(mrSlice(), { transferSyntax: TS.explicitLittle, metaOverrides: [el(0x00020010, 'UI', TS.implicitLittle)] });
    expect(record(explicitBody).rows).toBe(4);
  });

  it('finds the end of a file meta group whose group length is wrong', () => {
    expect(record(file(mrSlice(), { metaGroupLength: 10 })).sopInstanceUID).toBe('2.25.100.1');
  });

  it('reads the header of encapsulated (compressed) pixel data without reading the frames', () => {
    const frames = [new Uint8Array(1000).fill(1), new Uint8Array(2000).fill(2)];
    const elements = [...mrSlice({ pixels: false, extra: [el(0x00280008, 'IS', 2)] }), el(0x7fe00010, 'OB', encapsulated(frames))];
    const r = record(file(elements, { transferSyntax: TS.jpeg2000Lossless }));
    expect(r.kind).toBe('image');
    expect(r.frames).toBe(2);
  });

  it('reads only the first few KiB of an image file', () => {
    const bytes = file(mrSlice({ rows: 256, columns: 256 }));
    const read = readDicomHeader(writeFile('big', bytes));
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(read.kind === 'read' && read.header.bytesRead).toBe(FIRST_READ_BYTES);
  });

  it('reads on past a large private element before the indexed ones, without reading it', () => {
    const privateBlob = el(0x00290010, 'OB', new Uint8Array(3 * 1024 * 1024).fill(9));
    const bytes = file([...mrSlice({ rows: 2, columns: 2 }), el(0x00290000 + 0x10, 'LO', 'ACME'), { ...privateBlob, tag: 0x00291010 }]);
    const read = readDicomHeader(writeFile('private', bytes));
    if (read.kind !== 'read') throw new Error('not read');
    expect(instanceRecordFrom('/x', read.header).rescaleSlope).toBeNull();
    expect(instanceRecordFrom('/x', read.header).windowWidth).toBe(1000);
    expect(read.header.bytesRead).toBeLessThan(64 * 1024);
  });

  it('takes geometry and timing of an enhanced multi-frame image from its functional groups', () => {
    const shared = item([
      el(0x00209116, 'SQ', [item([el(0x00200037, 'DS', [1, 0, 0, 0, 1, 0])])]),
      el(0x00289110, 'SQ', [item([el(0x00280030, 'DS', [0.8, 0.8]), el(0x00180050, 'DS', 3)])]),
      el(0x00189112, 'SQ', [item([el(0x00180080, 'DS', 4000)])]),
    ]);
    const frame = (z: number) => item([el(0x00209113, 'SQ', [item([el(0x00200032, 'DS', [0, 0, z])])]), el(0x00189114, 'SQ', [item([el(0x00189082, 'FD', 95)])])], { undefinedLength: true });
    const elements = mrSlice({ extra: [el(0x00280008, 'IS', 2), el(0x52009229, 'SQ', [shared]), el(0x52009230, 'SQ', [frame(12), frame(15)], { undefinedLength: true })] }).filter(
      (e) => ![0x00200032, 0x00200037, 0x00280030, 0x00180050, 0x00180080, 0x00180081].includes(e.tag),
    );
    const r = record(file(elements));
    expect(r.imageOrientationPatient).toEqual([1, 0, 0, 0, 1, 0]);
    expect(r.imagePositionPatient).toEqual([0, 0, 12]);
    expect(r.pixelSpacing).toEqual([0.8, 0.8]);
    expect(r.sliceThickness).toBe(3);
    expect(r.series.repetitionTimeMs).toBe(4000);
    expect(r.series.echoTimeMs).toBe(95);
    expect(r.frames).toBe(2);
  });

  it('reads numbers written with the wrong VR from the bytes they have', () => {
    const elements = mrSlice().map((e) => (e.tag === 0x00280010 ? el(0x00280010, 'DS', '4') : e));
    expect(record(file(elements)).rows).toBe(4);
  });

  it('indexes an object without pixel data by what it is', () => {
    const sr = [
      el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.88.33'),
      el(0x00080018, 'UI', '2.25.7'),
      el(0x00080060, 'CS', 'SR'),
      el(0x0020000d, 'UI', '2.25.100'),
      el(0x0020000e, 'UI', '2.25.8'),
    ];
    const r = record(file(sr));
    expect(r.kind).toBe('Structured report');
    expect(r.rows).toBeNull();
  });
});

describe('readDicomHeader: hostile files end as a reason', () => {
  const valid = () => file(mrSlice());

  it('a zero-length file', () => {
    expect(outcome(new Uint8Array(0))).toBe(rejectReasons.empty);
  });

  it('random bytes, text, and a PNG', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    expect(outcome(random)).toBe(rejectReasons.notDicom);
    expect(outcome(Buffer.from('Patient notes\nnot an image\n'))).toBe(rejectReasons.notDicom);
    expect(outcome(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(rejectReasons.notDicom);
  });

  it('a file cut short in the header, in the pixel data, and right after the magic', () => {
    const bytes = valid();
    expect(outcome(bytes.subarray(0, 400))).toBe(rejectReasons.truncated);
    expect(outcome(bytes.subarray(0, bytes.length - 10))).toBe(rejectReasons.truncated);
    expect(outcome(bytes.subarray(0, 132))).toBe(rejectReasons.truncated);
  });

  it('an element with a VR code that is no VR', () => {
    const elements = mrSlice().map((e) => (e.tag === 0x00100010 ? { ...e, vrCodeOverride: 'ZZ' } : e));
    expect(outcome(file(elements))).toBe(rejectReasons.badVr);
  });

  it('an element whose length is larger than the file', () => {
    const elements = mrSlice().map((e) => (e.tag === 0x0008103e ? { ...e, lengthOverride: 0xfffffff0 } : e));
    expect(outcome(file(elements))).toBe(rejectReasons.lengthBeyondFile);
  });

  it('an undefined length on an element that cannot have one', () => {
    const blob = el(0x00291010, 'OB', new Uint8Array(8), { lengthOverride: 0xffffffff });
    expect(outcome(file([...mrSlice(), blob]))).toBe(rejectReasons.malformed);
  });

  it('a deflated body that inflates past the limit (a deflate bomb)', () => {
    const bomb = zlib.deflateRawSync(Buffer.alloc(DEFLATE_LIMIT_BYTES * 2), { level: 9 });
    expect(bomb.length).toBeLessThan(DEFLATE_LIMIT_BYTES / 100);
    expect(outcome(file(mrSlice(), { transferSyntax: TS.deflatedExplicitLittle, deflatedBody: bomb }))).toBe(rejectReasons.deflateLimit);
  });

  it('a deflated body that is not deflate data', () => {
    expect(outcome(file(mrSlice(), { transferSyntax: TS.deflatedExplicitLittle, deflatedBody: Buffer.from('this is not deflate data at all, really') }))).toBe(
      rejectReasons.deflateCorrupt,
    );
  });

  it('an undefined-length sequence or item without its delimiter', () => {
    const sequence = el(0x00081140, 'SQ', [item([el(0x00081155, 'UI', '1.2.3')])], { undefinedLength: true, omitDelimiter: true });
    expect(outcome(file([...mrSlice(), sequence]))).toBe(rejectReasons.missingDelimiter);
    const openItem = el(0x00081140, 'SQ', [item([el(0x00081155, 'UI', '1.2.3')], { undefinedLength: true, omitDelimiter: true })], { undefinedLength: true });
    expect(outcome(file([...mrSlice(), openItem]))).toBe(rejectReasons.missingDelimiter);
    const atTheEnd = el(0x00291140, 'SQ', [item([el(0x00291155, 'UI', '1.2.3')])], { undefinedLength: true, omitDelimiter: true });
    expect(outcome(file([...mrSlice({ pixels: false }), atTheEnd]))).toBe(rejectReasons.missingDelimiter);
  });

  it('an item delimiter with a non-zero length', () => {
    const sequence = el(0x00081140, 'SQ', [item([el(0x00081155, 'UI', '1.2.3')], { undefinedLength: true, delimiterLength: 4 })], { undefinedLength: true });
    expect(outcome(file([...mrSlice(), sequence]))).toBe(rejectReasons.badItemDelimiter);
  });

  it('sequences nested deeper than any real header', () => {
    let nested = el(0x00081155, 'UI', '1.2.3');
    for (let i = 0; i < 40; i++) nested = el(0x00081140, 'SQ', [item([nested], { undefinedLength: true })], { undefinedLength: true });
    expect(outcome(file([...mrSlice(), nested]))).toBe(rejectReasons.tooDeep);
  });

  it('a header that takes longer than its time budget', () => {
    const many = Array.from({ length: 600 }, (_, i) => el(0x00090000 | (0x1000 + i), 'LO', 'x'));
    expect(outcome(file([...mrSlice(), ...many]), { timeBudgetMs: -1 })).toBe(rejectReasons.timeout);
  });

  it('a DICOM file without the identifiers that place it in a study', () => {
    const elements = mrSlice().filter((e) => e.tag !== 0x0020000e);
    expect(outcome(file(elements))).toBe(rejectReasons.missingIdentifiers);
  });

  it.skipIf(process.platform === 'win32')('a named pipe is never opened for reading and listed as not a regular file', () => {
    const fifo = path.join(tempDir(), 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(() => readDicomHeader(fifo)).toThrow(rejectReasons.notRegularFile);
  });

  it('turns thrown strings, TypeErrors and range errors into a malformed element', () => {
    expect(reasonFor('dicomParser.readFixedString: attempt to read past end of buffer')).toBe(rejectReasons.malformed);
    expect(reasonFor(new TypeError("Cannot read properties of undefined (reading 'length')"))).toBe(rejectReasons.malformed);
    expect(reasonFor(Object.assign(new RangeError('out of range'), { code: 'ERR_OUT_OF_RANGE' }))).toBe(rejectReasons.malformed);
    expect(reasonFor(Object.assign(new Error('EACCES'), { code: 'EACCES' }))).toBe(rejectReasons.permissionDenied);
  });
});
