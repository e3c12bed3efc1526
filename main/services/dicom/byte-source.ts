import fs from 'node:fs';
import { DicomReadError } from './reject-reason.ts';

/**
 * Random access to the bytes of a data set, read on demand. The reader asks for a range with
 * `ensure(offset, length)` and then reads `buf` at `offset - start`. A range past the end of the
 * data throws: the file is truncated (or, for a partial inflate, more input is needed).
 */
export interface ByteSource {
  /** Total bytes, when known; a partially inflated source reports what it has so far. */
  readonly size: number;
  /** True when `size` is the real end of the data (false for a partial inflate). */
  readonly complete: boolean;
  buf: Buffer;
  /** Offset in the data of buf[0]. */
  start: number;
  ensure(offset: number, length: number): void;
}

/** Thrown by a partial source when the reader needs bytes it does not have yet. */
export class NeedMoreData extends Error {
  override name = 'NeedMoreData';
}

export const FIRST_READ_BYTES = 4 * 1024;
const LARGEST_READ_BYTES = 1024 * 1024;

/**
 * A file read in windows: the first read is small because most headers fit in a few KiB (the pixel data is never read); later
 * reads start where the reader needs them (after skipping a large element) and grow.
 */
export class FileByteSource implements ByteSource {
  readonly size: number;
  readonly complete = true;
  buf: Buffer;
  start = 0;
  /** Bytes read so far, for the bench and tests. */
  bytesRead = 0;
  private readonly fd: number;
  private nextReadBytes = FIRST_READ_BYTES;

  /**
   * `scratch`, when given, receives the first read instead of a new buffer: values the reader
   * captures then point into it, so the caller must be done with them before it reuses it.
   */
  constructor(fd: number, size: number, scratch?: Buffer) {
    this.fd = fd;
    this.size = size;
    const first = Math.min(size, FIRST_READ_BYTES);
    this.buf = this.read(0, first, scratch && scratch.length >= first ? scratch.subarray(0, first) : undefined);
  }

  ensure(offset: number, length: number): void {
    if (offset >= this.start && offset + length <= this.start + this.buf.length) return;
    if (offset + length > this.size) throw new DicomReadError('truncated');
    this.nextReadBytes = Math.min(this.nextReadBytes * 2, LARGEST_READ_BYTES);
    const want = Math.min(this.size - offset, Math.max(length, this.nextReadBytes));
    this.buf = this.read(offset, want);
    this.start = offset;
  }

  private read(offset: number, length: number, into?: Buffer): Buffer {
    const buf = into ?? Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = fs.readSync(this.fd, buf, got, length - got, offset + got);
      if (n === 0) throw new DicomReadError('truncated');
      got += n;
    }
    this.bytesRead += length;
    return buf;
  }
}

/** Bytes already in memory (an inflated data set). */
export class MemoryByteSource implements ByteSource {
  readonly size: number;
  readonly complete: boolean;
  buf: Buffer;
  start = 0;

  constructor(buf: Buffer, complete: boolean) {
    this.buf = buf;
    this.size = buf.length;
    this.complete = complete;
  }

  ensure(offset: number, length: number): void {
    if (offset + length <= this.buf.length) return;
    throw this.complete ? new DicomReadError('truncated') : new NeedMoreData();
  }
}
