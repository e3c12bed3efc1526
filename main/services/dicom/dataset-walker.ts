import { performance } from 'node:perf_hooks';
import type { ByteSource } from './byte-source.ts';
import { DicomReadError } from './reject-reason.ts';
import { vrForm } from './value-representation.ts';

/**
 * A minimal DICOM data set reader that captures only the elements it is asked for and skips
 * everything else by its length, without reading it. It never trusts a length: each one is
 * checked against the bytes that exist, every step moves forward, nesting is capped and a
 * deadline bounds the time spent on one file.
 */

/** What to capture at one level of a data set (build it with `attributes`). */
export interface CaptureSpec {
  /** tag → slot of CapturedSet.values. */
  slots: ReadonlyMap<number, number>;
  /** Per slot, the VR to use when the file does not say (implicit VR, or UN). */
  defaultVrs: readonly string[];
  /** Sequences to descend into: tag → what to capture in their items. */
  sequences?: ReadonlyMap<number, SequenceSpec>;
}

type AttributeList = Readonly<Record<string, readonly [tag: number, vr: string]>>;

/**
 * Names a set of attributes to capture: `attributes({ Rows: [0x00280010, 'US'] })` gives the
 * spec and `slot.Rows`, the index of its value in CapturedSet.values.
 */
export function attributes<const T extends AttributeList>(list: T, sequences?: ReadonlyMap<number, SequenceSpec>): { spec: CaptureSpec; slot: { readonly [K in keyof T]: number } } {
  const names = Object.keys(list);
  const slot = Object.fromEntries(names.map((name, i) => [name, i])) as { [K in keyof T]: number };
  const spec: CaptureSpec = {
    slots: new Map(names.map((name, i) => [list[name]![0], i])),
    defaultVrs: names.map((name) => list[name]![1]),
    ...(sequences ? { sequences } : {}),
  };
  return { spec, slot };
}

export interface SequenceSpec {
  name: string;
  items: CaptureSpec;
  /** Items after this many are skipped. */
  maxItems: number;
}

/** A captured value: bytes start..end of `buf` (which may hold other data around them). */
export interface RawValue {
  vr: string;
  buf: Buffer;
  start: number;
  end: number;
  littleEndian: boolean;
}

export interface CapturedSet {
  /** By slot of the spec; the first occurrence of an attribute wins. */
  values: Array<RawValue | undefined>;
  sequences: Map<string, CapturedSet[]>;
}

export interface PixelDataElement {
  /** File or data set offset of the value. */
  offset: number;
  /** -1 for an undefined length (encapsulated pixel data). */
  length: number;
}

export interface WalkOptions {
  explicitVr: boolean;
  littleEndian: boolean;
  /** performance.now() value after which reading stops with a timeout. */
  deadline: number;
}

export interface WalkResult {
  captured: CapturedSet;
  pixelData: PixelDataElement | null;
  /** The last top-level tag read: where a file that ends early stopped. */
  lastTag: number;
}

export const UNDEFINED_LENGTH = 0xffffffff;
const ITEM = 0xfffee000;
const ITEM_DELIMITER = 0xfffee00d;
const SEQUENCE_DELIMITER = 0xfffee0dd;
const FLOAT_PIXEL_DATA = 0x7fe00008;
const PIXEL_DATA = 0x7fe00010;
const VR_SQ = 0x5351;
const VR_UN = 0x554e;
const MAX_DEPTH = 32;
const MAX_CAPTURED_VALUE_BYTES = 64 * 1024;
const DEADLINE_CHECK_EVERY = 256;

interface Walker {
  src: ByteSource;
  deadline: number;
  steps: number;
  pixelData: PixelDataElement | null;
  lastTag: number;
}

/** Reads a top-level data set from `offset`, stopping at the pixel data. */
export function walkDataset(src: ByteSource, offset: number, spec: CaptureSpec, options: WalkOptions): WalkResult {
  const walker: Walker = { src, deadline: options.deadline, steps: 0, pixelData: null, lastTag: 0 };
  const captured = emptySet();
  walkElements(walker, offset, Infinity, spec, captured, options.explicitVr, options.littleEndian, 0, 'top');
  return { captured, pixelData: walker.pixelData, lastTag: walker.lastTag };
}

function emptySet(): CapturedSet {
  return { values: [], sequences: new Map() };
}

type Level = 'top' | 'defined-item' | 'undefined-item';

/**
 * Walks elements from `start` to `end` (Infinity: until the end of the data at top level, or the
 * item delimiter inside an undefined-length item) and returns the offset after them. At top level
 * it stops at the pixel data element and records it on the walker.
 */
function walkElements(
  w: Walker,
  start: number,
  end: number,
  spec: CaptureSpec | null,
  into: CapturedSet,
  explicitVr: boolean,
  littleEndian: boolean,
  depth: number,
  level: Level,
): number {
  const src = w.src;
  let pos = start;
  for (;;) {
    if (pos >= end) {
      if (pos > end) throw new DicomReadError('malformed');
      return pos;
    }
    if (pos >= src.size && src.complete) {
      if (level === 'top') return pos;
      throw new DicomReadError('missingDelimiter');
    }
    tick(w);
    src.ensure(pos, 8);
    let at = pos - src.start;
    let buf = src.buf;
    const tag = tagAt(buf, at, littleEndian);
    const group = tag >>> 16;
    if (level === 'top') w.lastTag = tag;

    if (group === 0xfffe) {
      if (tag === ITEM_DELIMITER && level === 'undefined-item') {
        const length = littleEndian ? buf.readUInt32LE(at + 4) : buf.readUInt32BE(at + 4);
        if (length !== 0) throw new DicomReadError('badItemDelimiter');
        return pos + 8;
      }
      if (level === 'undefined-item' && (tag === ITEM || tag === SEQUENCE_DELIMITER)) throw new DicomReadError('missingDelimiter');
      throw new DicomReadError('malformed');
    }

    let vr = 0; // the two VR letters as a number; 0 for implicit VR
    let length: number;
    let valueOffset: number;
    if (explicitVr) {
      const form = vrForm(buf[at + 4]!, buf[at + 5]!);
      if (form === 0) throw new DicomReadError('badVr');
      vr = (buf[at + 4]! << 8) | buf[at + 5]!;
      if (form === 2) {
        src.ensure(pos, 12);
        at = pos - src.start;
        buf = src.buf;
        length = littleEndian ? buf.readUInt32LE(at + 8) : buf.readUInt32BE(at + 8);
        valueOffset = pos + 12;
      } else {
        length = littleEndian ? buf.readUInt16LE(at + 6) : buf.readUInt16BE(at + 6);
        valueOffset = pos + 8;
      }
    } else {
      length = littleEndian ? buf.readUInt32LE(at + 4) : buf.readUInt32BE(at + 4);
      valueOffset = pos + 8;
    }

    if (level === 'top' && tag >= FLOAT_PIXEL_DATA && tag <= PIXEL_DATA) {
      if (length !== UNDEFINED_LENGTH) checkLength(src, valueOffset, length, true);
      w.pixelData = { offset: valueOffset, length: length === UNDEFINED_LENGTH ? -1 : length };
      return pos;
    }

    const sequence = spec === null || spec.sequences === undefined ? undefined : spec.sequences.get(tag);
    if (length === UNDEFINED_LENGTH) {
      // Only a sequence (SQ, or UN / implicit VR holding one) may have an undefined length here.
      if (explicitVr && vr !== VR_SQ && vr !== VR_UN) throw new DicomReadError('malformed');
      const nestedExplicit = vr === VR_UN ? false : explicitVr;
      const nestedLittle = vr === VR_UN ? true : littleEndian;
      pos = walkSequence(w, valueOffset, UNDEFINED_LENGTH, sequence ?? null, into, nestedExplicit, nestedLittle, depth + 1);
      continue;
    }

    checkLength(src, valueOffset, length, false);
    if (sequence && (vr === 0 || vr === VR_SQ)) {
      walkSequence(w, valueOffset, length, sequence, into, explicitVr, littleEndian, depth + 1);
    } else {
      const slot = spec === null ? undefined : spec.slots.get(tag);
      if (slot !== undefined && length <= MAX_CAPTURED_VALUE_BYTES && into.values[slot] === undefined) {
        src.ensure(valueOffset, length);
        const from = valueOffset - src.start;
        into.values[slot] = {
          vr: vr === 0 || vr === VR_UN ? spec!.defaultVrs[slot]! : String.fromCharCode(vr >> 8, vr & 0xff),
          buf: src.buf,
          start: from,
          end: from + length,
          littleEndian,
        };
      }
    }
    pos = valueOffset + length;
  }
}

/** Walks a sequence's items; returns the offset after it. */
function walkSequence(
  w: Walker,
  start: number,
  length: number,
  sequence: SequenceSpec | null,
  parent: CapturedSet,
  explicitVr: boolean,
  littleEndian: boolean,
  depth: number,
): number {
  if (depth > MAX_DEPTH) throw new DicomReadError('tooDeep');
  const src = w.src;
  const defined = length !== UNDEFINED_LENGTH;
  const end = defined ? start + length : Infinity;
  const items: CapturedSet[] = [];
  if (sequence) parent.sequences.set(sequence.name, items);
  let pos = start;
  for (;;) {
    if (defined && pos >= end) {
      if (pos > end) throw new DicomReadError('malformed');
      return end;
    }
    if (!defined && pos >= src.size && src.complete) throw new DicomReadError('missingDelimiter');
    tick(w);
    src.ensure(pos, 8);
    const at = pos - src.start;
    const buf = src.buf;
    const tag = tagAt(buf, at, littleEndian);
    const itemLength = littleEndian ? buf.readUInt32LE(at + 4) : buf.readUInt32BE(at + 4);
    if (tag === SEQUENCE_DELIMITER) {
      if (defined) throw new DicomReadError('malformed');
      if (itemLength !== 0) throw new DicomReadError('badItemDelimiter');
      return pos + 8;
    }
    if (tag !== ITEM) throw new DicomReadError(defined ? 'malformed' : 'missingDelimiter');
    const capture = sequence !== null && items.length < sequence.maxItems;
    const item = capture ? emptySet() : null;
    if (item) items.push(item);
    if (itemLength === UNDEFINED_LENGTH) {
      pos = walkElements(w, pos + 8, Infinity, capture ? sequence.items : null, item ?? emptySet(), explicitVr, littleEndian, depth, 'undefined-item');
    } else {
      checkLength(src, pos + 8, itemLength, false);
      if (defined && pos + 8 + itemLength > end) throw new DicomReadError('malformed');
      if (item) walkElements(w, pos + 8, pos + 8 + itemLength, sequence!.items, item, explicitVr, littleEndian, depth, 'defined-item');
      pos = pos + 8 + itemLength;
    }
  }
}

function tagAt(buf: Buffer, at: number, littleEndian: boolean): number {
  const group = littleEndian ? buf.readUInt16LE(at) : buf.readUInt16BE(at);
  const element = littleEndian ? buf.readUInt16LE(at + 2) : buf.readUInt16BE(at + 2);
  return ((group << 16) | element) >>> 0;
}

function checkLength(src: ByteSource, valueOffset: number, length: number, isPixelData: boolean): void {
  if (!src.complete || valueOffset + length <= src.size) return;
  throw new DicomReadError(isPixelData || length <= src.size ? 'truncated' : 'lengthBeyondFile');
}

function tick(w: Walker): void {
  if (++w.steps % DEADLINE_CHECK_EVERY === 0 && performance.now() > w.deadline) throw new DicomReadError('timeout');
}
