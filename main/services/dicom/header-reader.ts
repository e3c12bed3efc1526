import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { FileByteSource, MemoryByteSource, NeedMoreData, type ByteSource } from './byte-source.ts';
import { walkDataset, type CaptureSpec, type WalkResult } from './dataset-walker.ts';
import { DICOMDIR_SPEC, INDEX_SPEC, MEDIA_STORAGE_DIRECTORY_SOP_CLASS } from './index-attributes.ts';
import { DicomReadError, rejectReasons } from './reject-reason.ts';
import { datasetEncoding, type DatasetEncoding } from './transfer-syntax.ts';
import { vrForm } from './value-representation.ts';

/**
 * THE entry point for reading a file's DICOM header. It reads only what indexing needs and
 * stops at the pixel data; every failure leaves as a DicomReadError (or a system error) that
 * `reasonFor` turns into plain words. Never opens anything but regular files.
 */

export interface DicomHeader {
  size: number;
  mtimeMs: number;
  /** From the file meta information; '' when the file has none (a bare data set). */
  transferSyntaxUID: string;
  mediaStorageSOPClassUID: string;
  mediaStorageSOPInstanceUID: string;
  /** True for a bare data set without preamble or file meta (old or non-conformant writers). */
  bareDataset: boolean;
  isDicomdir: boolean;
  dataset: WalkResult;
  /** Bytes read from disk, for the bench. */
  bytesRead: number;
}

export interface ReadOptions {
  /** Milliseconds one file may take before it is given up with a timeout. */
  timeBudgetMs?: number;
  /** Checked after stat, before any read: true skips the file (re-import of an unchanged file). */
  skip?: ((size: number, mtimeMs: number) => boolean) | undefined;
  /**
   * A buffer of at least FIRST_READ_BYTES to read into instead of allocating one per file. The
   * header's raw values then point into it: use them before the next read with the same buffer.
   */
  scratch?: Buffer | undefined;
}

export type HeaderReadResult = { kind: 'read'; header: DicomHeader } | { kind: 'skipped'; size: number; mtimeMs: number };

export const FILE_TIME_BUDGET_MS = 2000;
/** The most a deflated header may inflate to; a header needing more is refused as a bomb. */
export const DEFLATE_LIMIT_BYTES = 32 * 1024 * 1024;
const FIRST_DEFLATE_INPUT_BYTES = 16 * 1024;
const BOMB_RATIO = 500;

export function readDicomHeader(path: string, options: ReadOptions = {}): HeaderReadResult {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new DicomReadError('notRegularFile');
    const mtimeMs = Math.trunc(stat.mtimeMs);
    if (options.skip?.(stat.size, mtimeMs)) return { kind: 'skipped', size: stat.size, mtimeMs };
    if (stat.size === 0) throw new DicomReadError('empty');
    const src = new FileByteSource(fd, stat.size, options.scratch);
    const deadline = performance.now() + (options.timeBudgetMs ?? FILE_TIME_BUDGET_MS);
    const header = readFromSource(src, deadline, mtimeMs);
    header.bytesRead = src.bytesRead;
    return { kind: 'read', header };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a header from bytes in memory (tests, and anything not on disk). */
export function readDicomHeaderFromBytes(bytes: Uint8Array, timeBudgetMs = FILE_TIME_BUDGET_MS): DicomHeader {
  if (bytes.length === 0) throw new DicomReadError('empty');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readFromSource(new MemoryByteSource(buf, true), performance.now() + timeBudgetMs, 0);
}

interface FileMeta {
  transferSyntaxUID: string;
  mediaStorageSOPClassUID: string;
  mediaStorageSOPInstanceUID: string;
}

function readFromSource(src: ByteSource, deadline: number, mtimeMs: number): DicomHeader {
  const magicAt = hasMagic(src, 128) ? 132 : hasMagic(src, 0) ? 4 : -1;
  let pos = magicAt === -1 ? 0 : magicAt;
  let meta: FileMeta | null = null;
  if (startsWithMetaGroup(src, pos)) {
    const read = readFileMeta(src, pos);
    meta = read.meta;
    pos = read.end;
  }
  const bare = magicAt === -1 && meta === null;
  try {
    if (src.size < pos + 8 && (magicAt !== -1 || meta !== null)) throw new DicomReadError('truncated');
    const encoding = meta?.transferSyntaxUID ? datasetEncoding(meta.transferSyntaxUID) : sniffEncoding(src, pos);
    if (!encoding) throw new DicomReadError('notDicom');
    const isDicomdir = meta?.mediaStorageSOPClassUID === MEDIA_STORAGE_DIRECTORY_SOP_CLASS;
    const spec = isDicomdir ? DICOMDIR_SPEC : INDEX_SPEC;
    const dataset = encoding.deflated ? readDeflated(src, pos, spec, deadline) : readPlain(src, pos, spec, encoding, deadline);
    return {
      size: src.size,
      mtimeMs,
      transferSyntaxUID: meta?.transferSyntaxUID ?? '',
      mediaStorageSOPClassUID: meta?.mediaStorageSOPClassUID ?? '',
      mediaStorageSOPInstanceUID: meta?.mediaStorageSOPInstanceUID ?? '',
      bareDataset: bare,
      isDicomdir,
      dataset,
      bytesRead: 0,
    };
  } catch (error) {
    // Without preamble or file meta, bytes that do not read as DICOM are simply not DICOM.
    if (bare && !(error instanceof DicomReadError && error.reason === rejectReasons.timeout)) throw new DicomReadError('notDicom');
    throw error;
  }
}

function hasMagic(src: ByteSource, at: number): boolean {
  if (src.size < at + 4) return false;
  src.ensure(at, 4);
  const i = at - src.start;
  const b = src.buf;
  return b[i] === 0x44 && b[i + 1] === 0x49 && b[i + 2] === 0x43 && b[i + 3] === 0x4d; // DICM
}

function startsWithMetaGroup(src: ByteSource, pos: number): boolean {
  if (src.size < pos + 8) return false;
  src.ensure(pos, 8);
  return src.buf.readUInt16LE(pos - src.start) === 0x0002;
}

/**
 * Group 0002 is always explicit VR little endian. Its group length says where it ends; when a
 * writer got that wrong or left it out, the group ends where the tags stop being 0002 — except
 * before a deflated body, whose bytes could look like anything.
 */
function readFileMeta(src: ByteSource, start: number): { meta: FileMeta; end: number } {
  const values = new Map<number, string>();
  let pos = start;
  let declaredEnd = -1;
  for (;;) {
    if (declaredEnd !== -1 && pos >= declaredEnd) {
      const deflated = datasetEncoding(values.get(0x00020010) ?? '').deflated;
      if (deflated || !startsWithMetaGroup(src, pos)) break;
    }
    if (!startsWithMetaGroup(src, pos)) break;
    src.ensure(pos, 8);
    let at = pos - src.start;
    const element = src.buf.readUInt16LE(at + 2);
    const form = vrForm(src.buf[at + 4]!, src.buf[at + 5]!);
    if (form === 0) throw new DicomReadError('badVr');
    let length: number;
    let valueOffset: number;
    if (form === 2) {
      src.ensure(pos, 12);
      at = pos - src.start;
      length = src.buf.readUInt32LE(at + 8);
      valueOffset = pos + 12;
    } else {
      length = src.buf.readUInt16LE(at + 6);
      valueOffset = pos + 8;
    }
    if (length === 0xffffffff || length > 64 * 1024) throw new DicomReadError('malformed');
    if (valueOffset + length > src.size) throw new DicomReadError(length > src.size ? 'lengthBeyondFile' : 'truncated');
    src.ensure(valueOffset, length);
    const from = valueOffset - src.start;
    if (element === 0x0000 && length === 4) {
      declaredEnd = valueOffset + 4 + src.buf.readUInt32LE(from);
    } else if (element === 0x0002 || element === 0x0003 || element === 0x0010) {
      values.set(0x00020000 | element, uid(src.buf, from, from + length));
    }
    pos = valueOffset + length;
  }
  return {
    meta: {
      transferSyntaxUID: values.get(0x00020010) ?? '',
      mediaStorageSOPClassUID: values.get(0x00020002) ?? '',
      mediaStorageSOPInstanceUID: values.get(0x00020003) ?? '',
    },
    end: pos,
  };
}

function uid(buf: Buffer, start: number, end: number): string {
  while (end > start && (buf[end - 1] === 0 || buf[end - 1] === 0x20)) end--;
  while (start < end && buf[start] === 0x20) start++;
  return buf.toString('latin1', start, end);
}

/** A data set without a transfer syntax: guess its encoding from its first element, or refuse it. */
function sniffEncoding(src: ByteSource, pos: number): DatasetEncoding | null {
  if (src.size < pos + 8) return null;
  src.ensure(pos, 8);
  const at = pos - src.start;
  const b = src.buf;
  const explicit = vrForm(b[at + 4]!, b[at + 5]!) !== 0;
  const plausible = (group: number) => group >= 0x0002 && group <= 0x0028 && group % 2 === 0;
  if (plausible(b.readUInt16LE(at))) {
    if (explicit) return { explicitVr: true, littleEndian: true, deflated: false };
    return b.readUInt32LE(at + 4) <= src.size ? { explicitVr: false, littleEndian: true, deflated: false } : null;
  }
  if (explicit && plausible(b.readUInt16BE(at))) return { explicitVr: true, littleEndian: false, deflated: false };
  return null;
}

function readPlain(src: ByteSource, pos: number, spec: CaptureSpec, encoding: DatasetEncoding, deadline: number): WalkResult {
  const actual = correctedEncoding(src, pos, encoding);
  return walkDataset(src, pos, spec, { explicitVr: actual.explicitVr, littleEndian: actual.littleEndian, deadline });
}

/**
 * Some writers label an implicit VR body as explicit or the other way round. The first
 * element tells: an explicit header carries two VR letters where an implicit one has the low
 * bytes of a 32-bit length.
 */
function correctedEncoding(src: ByteSource, pos: number, encoding: DatasetEncoding): DatasetEncoding {
  if (!encoding.littleEndian || src.size < pos + 8) return encoding;
  src.ensure(pos, 8);
  const at = pos - src.start;
  const looksExplicit = vrForm(src.buf[at + 4]!, src.buf[at + 5]!) !== 0;
  if (encoding.explicitVr && !looksExplicit) return { ...encoding, explicitVr: false };
  if (!encoding.explicitVr && looksExplicit) return { ...encoding, explicitVr: true };
  return encoding;
}

/**
 * A deflated body is inflated from a growing prefix of the compressed bytes, so a header needs
 * only its own share of the input, and output is capped: a deflate bomb ends as a reason, not as
 * exhausted memory.
 */
function readDeflated(src: ByteSource, pos: number, spec: CaptureSpec, deadline: number): WalkResult {
  const total = src.size - pos;
  for (let inputBytes = FIRST_DEFLATE_INPUT_BYTES; ; inputBytes *= 4) {
    const take = Math.min(inputBytes, total);
    src.ensure(pos, take);
    const compressed = src.buf.subarray(pos - src.start, pos - src.start + take);
    const inflated = inflateCapped(compressed);
    const complete = take === total;
    try {
      return walkDataset(new MemoryByteSource(inflated, complete), 0, spec, { explicitVr: true, littleEndian: true, deadline });
    } catch (error) {
      if (error instanceof NeedMoreData && !complete) continue;
      // Deflate tops out near 1,032:1. Output that fails to read after inflating hundreds of
      // times its input was made to inflate, not to be read: a bomb.
      if (error instanceof DicomReadError && inflated.length > BOMB_RATIO * take) throw new DicomReadError('deflateLimit');
      throw error;
    }
  }
}

function inflateCapped(compressed: Buffer): Buffer {
  const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: DEFLATE_LIMIT_BYTES };
  try {
    return zlib.inflateRawSync(compressed, options);
  } catch (error) {
    if (error instanceof RangeError) throw new DicomReadError('deflateLimit');
    try {
      // A few writers wrap the body in a zlib header; accept that too.
      return zlib.inflateSync(compressed, options);
    } catch (second) {
      if (second instanceof RangeError) throw new DicomReadError('deflateLimit');
      throw new DicomReadError('deflateCorrupt');
    }
  }
}
