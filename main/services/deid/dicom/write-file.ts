import type { Dataset, DicomElement, ValueElement } from './dataset.ts';
import { hasLongHeader, paddingByte, type Vr } from './vr.ts';

export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
const ITEM = 0xfffee000;
const SEQUENCE_DELIMITER = 0xfffee0dd;
const UNDEFINED_LENGTH = 0xffffffff;

class ByteWriter {
  private chunks: Uint8Array[] = [];
  length = 0;

  bytes(value: Uint8Array): void {
    this.chunks.push(value);
    this.length += value.length;
  }

  uint16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  uint32(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }

  tag(tag: number): void {
    this.uint16(tag >>> 16);
    this.uint16(tag & 0xffff);
  }

  result(): Uint8Array {
    return Buffer.concat(this.chunks, this.length);
  }
}

/** Encodes a data set as explicit VR little endian; sequences and items with defined lengths. */
export function encodeDataset(dataset: Dataset): Uint8Array {
  const writer = new ByteWriter();
  for (const element of dataset) writeElement(writer, element);
  return writer.result();
}

function writeHeader(writer: ByteWriter, tag: number, vr: Vr, length: number): void {
  writer.tag(tag);
  writer.bytes(new Uint8Array([vr.charCodeAt(0), vr.charCodeAt(1)]));
  if (hasLongHeader(vr)) {
    writer.uint16(0);
    writer.uint32(length);
  } else {
    writer.uint16(length);
  }
}

function writeElement(writer: ByteWriter, element: DicomElement): void {
  switch (element.kind) {
    case 'value': {
      // A value too long for a 16-bit length can only be written as UN (PS3.5 §6.2.2).
      const vr = !hasLongHeader(element.vr) && element.bytes.length > 0xfffe ? 'UN' : element.vr;
      writeHeader(writer, element.tag, vr, element.bytes.length);
      writer.bytes(element.bytes);
      return;
    }
    case 'sequence': {
      const items = element.items.map(encodeDataset);
      writeHeader(writer, element.tag, 'SQ', items.reduce((sum, item) => sum + 8 + item.length, 0));
      for (const item of items) {
        writer.tag(ITEM);
        writer.uint32(item.length);
        writer.bytes(item);
      }
      return;
    }
    case 'encapsulated': {
      writeHeader(writer, element.tag, element.vr, UNDEFINED_LENGTH);
      writer.tag(ITEM);
      writer.uint32(element.offsetTable.length);
      writer.bytes(element.offsetTable);
      for (const fragment of element.fragments) {
        writer.tag(ITEM);
        writer.uint32(fragment.length);
        writer.bytes(fragment);
      }
      writer.tag(SEQUENCE_DELIMITER);
      writer.uint32(0);
      return;
    }
  }
}

/** A text value element, padded to even length as its VR requires. */
export function textElement(tag: number, vr: Vr, text: string): ValueElement {
  const raw = Buffer.from(text, 'latin1');
  const bytes = new Uint8Array(raw.length + (raw.length % 2));
  bytes.set(raw);
  if (raw.length % 2 === 1) bytes[raw.length] = paddingByte(vr);
  return { kind: 'value', tag, vr, bytes };
}

export interface FileMeta {
  sopClassUID: string;
  sopInstanceUID: string;
  transferSyntaxUID: string;
  implementationClassUID: string;
  implementationVersionName: string;
}

function uint32Le(value: number): Uint8Array {
  return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]);
}

/** Preamble, 'DICM', a fresh group 0002 led by its length, then the data set. */
export function encodeDicomFile(meta: FileMeta, dataset: Dataset): Uint8Array {
  const group: Dataset = [
    { kind: 'value', tag: 0x00020001, vr: 'OB', bytes: new Uint8Array([0x00, 0x01]) },
    textElement(0x00020002, 'UI', meta.sopClassUID),
    textElement(0x00020003, 'UI', meta.sopInstanceUID),
    textElement(0x00020010, 'UI', meta.transferSyntaxUID),
    textElement(0x00020012, 'UI', meta.implementationClassUID),
    textElement(0x00020013, 'SH', meta.implementationVersionName),
  ];
  const groupBytes = encodeDataset(group);
  const lengthElement = encodeDataset([{ kind: 'value', tag: 0x00020000, vr: 'UL', bytes: uint32Le(groupBytes.length) }]);
  const body = encodeDataset(dataset);
  const out = new Uint8Array(132 + lengthElement.length + groupBytes.length + body.length);
  out.set(Buffer.from('DICM', 'latin1'), 128);
  out.set(lengthElement, 132);
  out.set(groupBytes, 132 + lengthElement.length);
  out.set(body, 132 + lengthElement.length + groupBytes.length);
  return out;
}
