import type { Vr } from './vr.ts';

/** A value element: its bytes in little-endian order, padded to even length. */
export interface ValueElement {
  kind: 'value';
  tag: number;
  vr: Vr;
  bytes: Uint8Array;
}

export interface SequenceElement {
  kind: 'sequence';
  tag: number;
  vr: 'SQ';
  items: Dataset[];
}

/** Compressed pixel data, kept exactly as it was: the basic offset table and every fragment. */
export interface EncapsulatedElement {
  kind: 'encapsulated';
  tag: number;
  vr: 'OB' | 'OW';
  offsetTable: Uint8Array;
  fragments: Uint8Array[];
}

export type DicomElement = ValueElement | SequenceElement | EncapsulatedElement;

/** Elements in ascending tag order. */
export type Dataset = DicomElement[];

export interface DicomFile {
  transferSyntaxUID: string;
  /** Group 0002 as read (explicit VR little endian). */
  meta: Dataset;
  dataset: Dataset;
}

export function tagOf(group: number, element: number): number {
  return ((group << 16) | element) >>> 0;
}

export function findElement(dataset: Dataset, tag: number): DicomElement | undefined {
  return dataset.find((e) => e.tag === tag);
}

/** A text value as written (single-byte view; fine for ASCII-only VRs such as UI, DA, CS, AS). */
export function asciiValue(element: DicomElement | undefined): string {
  if (!element || element.kind !== 'value') return '';
  return Buffer.from(element.bytes.buffer, element.bytes.byteOffset, element.bytes.byteLength).toString('latin1').replace(/[\0 ]+$/, '').replace(/^ +/, '');
}

export function stringOf(dataset: Dataset, tag: number): string {
  return asciiValue(findElement(dataset, tag));
}

/** The first value of a US element (little endian), or undefined. */
export function uint16Of(dataset: Dataset, tag: number): number | undefined {
  const element = findElement(dataset, tag);
  if (!element || element.kind !== 'value' || element.bytes.length < 2) return undefined;
  return element.bytes[0]! | (element.bytes[1]! << 8);
}

export function hexTag(tag: number): string {
  return `(${(tag >>> 16).toString(16).toUpperCase().padStart(4, '0')},${(tag & 0xffff).toString(16).toUpperCase().padStart(4, '0')})`;
}
