import { decodeText, DEFAULT_CHARACTER_SET, type CharacterSet } from './charset.ts';
import type { RawValue } from './dataset-walker.ts';
import { CHARSET_VRS } from './value-representation.ts';

/**
 * Turns captured element bytes into JavaScript values. A value that does not fit its VR reads
 * as absent rather than failing the file: the importer decides which absences matter.
 */

/** Text with DICOM padding (trailing spaces and NULs, leading spaces) removed. */
export function text(raw: RawValue | undefined, charset: CharacterSet = DEFAULT_CHARACTER_SET): string {
  if (!raw) return '';
  const buf = raw.buf;
  let start = raw.start;
  let end = raw.end;
  while (end > start && (buf[end - 1] === 0x20 || buf[end - 1] === 0)) end--;
  while (start < end && buf[start] === 0x20) start++;
  if (start === end) return '';
  if (CHARSET_VRS.has(raw.vr) && !isAscii(buf, start, end)) return trimPadding(decodeText(buf.subarray(start, end), charset, raw.vr === 'PN'));
  return buf.toString('latin1', start, end);
}

/** The values of a multi-valued text element. */
export function texts(raw: RawValue | undefined, charset?: CharacterSet): string[] {
  const value = text(raw, charset);
  return value === '' ? [] : value.split('\\').map(trimPadding);
}

function isAscii(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i]! >= 0x80 || buf[i] === 0x1b) return false;
  return true;
}

function trimPadding(value: string): string {
  let end = value.length;
  while (end > 0) {
    const c = value.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0) break;
    end--;
  }
  let start = 0;
  while (start < end && value.charCodeAt(start) === 0x20) start++;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/** Numbers from a binary VR (US, SS, UL, SL, FL, FD) or a decimal / integer string (DS, IS). */
export function numbers(raw: RawValue | undefined): number[] {
  if (!raw) return [];
  const size = BINARY_SIZES[raw.vr];
  if (size !== undefined) {
    if ((raw.end - raw.start) % size !== 0) return [];
    const out: number[] = [];
    for (let at = raw.start; at < raw.end; at += size) out.push(readBinary(raw.buf, at, raw.vr, raw.littleEndian));
    return out;
  }
  if (raw.vr === 'DS' || raw.vr === 'IS' || raw.vr === 'CS' || raw.vr === 'LO' || raw.vr === 'SH') return decimals(raw.buf, raw.start, raw.end);
  return [];
}

/**
 * Backslash-separated decimal strings, read from the bytes. Plain decimals ("-150.25") are
 * computed as integer / power of ten, which is exact (both are exact doubles and division
 * rounds correctly); anything else (exponents, long mantissas) goes through Number().
 */
function decimals(buf: Buffer, start: number, end: number): number[] {
  const out: number[] = [];
  let from = start;
  while (from <= end) {
    let to = from;
    while (to < end && buf[to] !== 0x5c) to++;
    const n = decimal(buf, from, to);
    if (n === null) return [];
    out.push(n);
    from = to + 1;
  }
  return out;
}

function decimal(buf: Buffer, start: number, end: number): number | null {
  while (end > start && (buf[end - 1] === 0x20 || buf[end - 1] === 0)) end--;
  while (start < end && buf[start] === 0x20) start++;
  if (start === end) return null;
  let i = start;
  const negative = buf[i] === 0x2d;
  if (negative || buf[i] === 0x2b) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let seenPoint = false;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      if (seenPoint) scale++;
    } else if (c === 0x2e && !seenPoint) seenPoint = true;
    else break;
  }
  if (i === end && digits > 0 && digits <= 15) {
    const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale]!;
    return negative ? -value : value;
  }
  const n = Number(buf.toString('latin1', start, end));
  return Number.isFinite(n) ? n : null;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** The first number, or null. */
export function number(raw: RawValue | undefined): number | null {
  return numbers(raw)[0] ?? null;
}

/** Exactly `count` numbers, or null. */
export function vector(raw: RawValue | undefined, count: number): number[] | null {
  const values = numbers(raw);
  return values.length === count ? values : null;
}

export function integer(raw: RawValue | undefined): number | null {
  const n = number(raw);
  return n !== null && Number.isSafeInteger(n) ? n : null;
}

const BINARY_SIZES: Readonly<Record<string, number>> = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 };

function readBinary(b: Buffer, at: number, vr: string, le: boolean): number {
  switch (vr) {
    case 'US':
      return le ? b.readUInt16LE(at) : b.readUInt16BE(at);
    case 'SS':
      return le ? b.readInt16LE(at) : b.readInt16BE(at);
    case 'UL':
      return le ? b.readUInt32LE(at) : b.readUInt32BE(at);
    case 'SL':
      return le ? b.readInt32LE(at) : b.readInt32BE(at);
    case 'FL':
      return le ? b.readFloatLE(at) : b.readFloatBE(at);
    default:
      return le ? b.readDoubleLE(at) : b.readDoubleBE(at);
  }
}
