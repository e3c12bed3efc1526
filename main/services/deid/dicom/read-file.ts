import zlib from 'node:zlib';
import dicomParser from 'dicom-parser';
import type { Dataset, DicomElement, DicomFile } from './dataset.ts';
import { dictionaryVr, isVr, paddingByte, type Vr, wordSize } from './vr.ts';

const EXPLICIT_BIG_ENDIAN = '1.2.840.10008.1.2.2';
const IMPLICIT_LITTLE_ENDIAN = '1.2.840.10008.1.2';
const DEFLATED = new Set(['1.2.840.10008.1.2.1.99', '1.2.840.10008.1.2.8.1']);
/** A deflated body may inflate to at most this much (engineering §14: no unbounded inflation). */
const MAX_INFLATED_BYTES = 2 * 2 ** 30;

/** A file that cannot be read as DICOM. The message names no value from the file. */
export class DicomReadError extends Error {
  override name = 'DicomReadError';
}

function inflater(bytes: Uint8Array, position: number): Uint8Array {
  const inflated = zlib.inflateRawSync(bytes.subarray(position), { maxOutputLength: MAX_INFLATED_BYTES });
  const full = new Uint8Array(position + inflated.length);
  full.set(bytes.subarray(0, position));
  full.set(inflated, position);
  return full;
}

/** Where the data set starts: after group 0002, whose length (0002,0000) gives. */
function metaEnd(parsed: dicomParser.DataSet): number {
  const groupLength = parsed.elements.x00020000;
  if (!groupLength) return 0;
  return groupLength.dataOffset + 4 + (parsed.uint32('x00020000') ?? 0);
}

function isDelimiter(element: dicomParser.Element): boolean {
  return element.tag.toLowerCase().startsWith('xfffe');
}

function elementTag(key: string): number {
  return Number.parseInt(key.slice(1), 16) >>> 0;
}

/**
 * Reads a whole Part-10 file in any transfer syntax the importer accepts (implicit/explicit VR
 * little endian, explicit big endian, deflated, and every encapsulated syntax) into a tree whose
 * values are little endian, ready to be rewritten as explicit VR little endian.
 */
export function readDicomFile(bytes: Uint8Array): DicomFile {
  let parsed: dicomParser.DataSet;
  try {
    parsed = dicomParser.parseDicom(bytes, {
      inflater,
      vrCallback: (tag: string) => (dictionaryVr(elementTag(tag), { bitsAllocated: 16, pixelRepresentation: 0 }) === 'SQ' ? 'SQ' : undefined),
    } as dicomParser.ParseDicomOptions);
  } catch (error) {
    throw new DicomReadError(error instanceof Error ? `unreadable DICOM (${error.name})` : 'unreadable DICOM');
  }
  const transferSyntaxUID = (parsed.string('x00020010') ?? '').replace(/\0/g, '').trim();
  const context: ReadContext = {
    bytes: parsed.byteArray,
    bigEndian: transferSyntaxUID === EXPLICIT_BIG_ENDIAN,
    implicit: transferSyntaxUID === IMPLICIT_LITTLE_ENDIAN,
    pixel: { bitsAllocated: 16, pixelRepresentation: 0 },
  };
  const bitsAllocated = parsed.uint16('x00280100');
  const pixelRepresentation = parsed.uint16('x00280103');
  context.pixel = { bitsAllocated: bitsAllocated ?? 16, pixelRepresentation: pixelRepresentation ?? 0 };

  const meta: Dataset = [];
  const body: Dataset = [];
  const bodyStart = metaEnd(parsed);
  for (const [key, element] of Object.entries(parsed.elements)) {
    const tag = elementTag(key);
    if (tag >>> 16 === 0x0002) meta.push(readElement(element, { ...context, bigEndian: false, implicit: false }));
    // dicom-parser 1.8 reads a deflated body from offset 0, so the preamble and 'DICM' come back
    // as bogus elements: anything before the end of the file meta is not part of the data set.
    else if (element.dataOffset >= bodyStart && !isDelimiter(element)) body.push(readElement(element, context));
  }
  return {
    transferSyntaxUID: DEFLATED.has(transferSyntaxUID) ? '1.2.840.10008.1.2.1' : transferSyntaxUID,
    meta: sortByTag(meta),
    dataset: sortByTag(body),
  };
}

interface ReadContext {
  bytes: Uint8Array;
  bigEndian: boolean;
  implicit: boolean;
  pixel: { bitsAllocated: number; pixelRepresentation: number };
}

function sortByTag(elements: Dataset): Dataset {
  return elements.sort((a, b) => a.tag - b.tag);
}

function readElement(element: dicomParser.Element, context: ReadContext): DicomElement {
  const tag = elementTag(element.tag);
  if (element.items) {
    return {
      kind: 'sequence',
      tag,
      vr: 'SQ',
      items: element.items.map((item) =>
        // dicom-parser keeps an undefined-length item's delimiter (FFFE,E00D) among its elements.
        sortByTag(Object.values(item.dataSet?.elements ?? {}).filter((child) => !isDelimiter(child)).map((child) => readElement(child, context))),
      ),
    };
  }
  const vr = vrOf(element, tag, context);
  if (element.encapsulatedPixelData && element.fragments) {
    const tableLength = readUint32Le(context.bytes, element.dataOffset + 4);
    return {
      kind: 'encapsulated',
      tag,
      vr: vr === 'OW' ? 'OW' : 'OB',
      offsetTable: context.bytes.slice(element.dataOffset + 8, element.dataOffset + 8 + tableLength),
      fragments: element.fragments.map((fragment) => context.bytes.slice(fragment.position, fragment.position + fragment.length)),
    };
  }
  let value: Uint8Array = context.bytes.slice(element.dataOffset, element.dataOffset + element.length);
  if (context.bigEndian) value = swapped(value, wordSize(vr));
  if (value.length % 2 === 1) value = padded(value, paddingByte(vr));
  return { kind: 'value', tag, vr, bytes: value };
}

function vrOf(element: dicomParser.Element, tag: number, context: ReadContext): Vr {
  if (!context.implicit && isVr(element.vr)) return element.vr;
  return dictionaryVr(tag, context.pixel);
}

function readUint32Le(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
}

function swapped(bytes: Uint8Array, word: number): Uint8Array {
  if (word <= 1) return bytes;
  const out = new Uint8Array(bytes.length);
  const whole = bytes.length - (bytes.length % word);
  for (let i = 0; i < whole; i += word) for (let k = 0; k < word; k++) out[i + k] = bytes[i + word - 1 - k]!;
  out.set(bytes.subarray(whole), whole);
  return out;
}

function padded(bytes: Uint8Array, pad: number): Uint8Array {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  out[bytes.length] = pad;
  return out;
}

