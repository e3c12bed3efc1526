// One frame of an imported instance's pixel data as modality values: native pixel data in the
// three uncompressed byte orders, and encapsulated JPEG baseline, JPEG lossless, JPEG-LS,
// JPEG 2000 and RLE through ./decoders.ts. Anything else (deflated files, JPEG extended 12-bit,
// HTJ2K, colour) is reported with its reason, and the key image becomes a placeholder.
import fs from 'node:fs';
import { readDicomHeader } from '../../dicom/header-reader.ts';
import { instanceFileForServing } from '../../dicom/instance-file.ts';
import { datasetEncoding } from '../../dicom/transfer-syntax.ts';
import type { Db } from '../../store/database.ts';
import type { IndexedInstance } from '../study-index.ts';
import { DECODERS } from './decoders.ts';
import { encapsulatedFrame } from './encapsulated.ts';
import type { Frame } from './window.ts';

export type FrameResult = { ok: true; frame: Frame } | { ok: false; reason: string };

const UNDECODED_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.10008.1.2.4.51': 'JPEG extended (12-bit) compressed',
  '1.2.840.10008.1.2.4.201': 'HTJ2K compressed',
  '1.2.840.10008.1.2.4.202': 'HTJ2K compressed',
  '1.2.840.10008.1.2.4.203': 'HTJ2K compressed',
  '1.2.840.10008.1.2.1.99': 'deflated',
};
const NATIVE = new Set(['1.2.840.10008.1.2', '1.2.840.10008.1.2.1', '1.2.840.10008.1.2.2']);
/** Encapsulated pixel data larger than this is not read for a key image. */
const MAX_ENCAPSULATED_BYTES = 512 * 1024 * 1024;

function notDrawn(how: string): FrameResult {
  return { ok: false, reason: `The image is stored ${how}, which key images do not decode yet. Open the study to view it.` };
}

function readBytes(path: string, offset: number, length: number): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, offset);
    if (read !== length) throw new Error('short read');
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}

/** Stored samples → modality values: bits stored, sign, rescale. */
function modalityValues(samples: ArrayLike<number>, instance: IndexedInstance, bitsAllocated: number): Float32Array {
  const bitsStored = Math.min(instance.bitsStored ?? bitsAllocated, 32);
  const signed = instance.pixelRepresentation === 1;
  const slope = instance.rescaleSlope ?? 1;
  const intercept = instance.rescaleIntercept ?? 0;
  const mask = bitsStored >= 32 ? 0xffffffff : 2 ** bitsStored - 1;
  const signBit = 2 ** (bitsStored - 1);
  const values = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    let raw = samples[i]!;
    if (raw >= 0) {
      raw = raw & mask;
      if (signed && raw >= signBit) raw -= 2 ** bitsStored;
    }
    values[i] = raw * slope + intercept;
  }
  return values;
}

export async function readFrame(db: Db, instance: IndexedInstance, frameIndex: number): Promise<FrameResult> {
  const { rows, columns, bitsAllocated } = instance;
  if (!rows || !columns || !bitsAllocated) return { ok: false, reason: 'The image has no pixel geometry in the index.' };
  if ((instance.samplesPerPixel ?? 1) !== 1) return { ok: false, reason: 'Colour images are not drawn as key images.' };
  if (bitsAllocated !== 8 && bitsAllocated !== 16) return { ok: false, reason: `Pixel data of ${bitsAllocated} bits a sample is not drawn as a key image.` };
  const syntax = instance.transferSyntaxUID;
  const undecoded = UNDECODED_NAMES[syntax];
  if (undecoded) return notDrawn(undecoded);
  const decode = DECODERS[syntax];
  if (!NATIVE.has(syntax) && !decode) return notDrawn('with an unsupported transfer syntax');

  const file = instanceFileForServing(db, instance.id);
  const header = readDicomHeader(file.path);
  if (header.kind !== 'read') return { ok: false, reason: 'The image file could not be read.' };
  const pixelData = header.header.dataset.pixelData;
  if (!pixelData) return { ok: false, reason: 'The image file has no pixel data.' };
  const frames = Math.max(1, instance.frames);
  const index = Math.min(Math.max(0, frameIndex), frames - 1);
  const inverted = instance.photometricInterpretation === 'MONOCHROME1';

  if (decode) {
    if (pixelData.length >= 0) return { ok: false, reason: 'The compressed image has no encapsulated pixel data.' };
    const available = file.size - pixelData.offset;
    if (available > MAX_ENCAPSULATED_BYTES) return { ok: false, reason: 'The image is too large to draw as a key image.' };
    try {
      const data = encapsulatedFrame(readBytes(file.path, pixelData.offset, available), frames, index);
      const decoded = await decode(data, columns, rows, bitsAllocated);
      if (decoded.width !== columns || decoded.height !== rows || decoded.samples.length < rows * columns) {
        return { ok: false, reason: 'The decoded image does not match its header.' };
      }
      return { ok: true, frame: { width: columns, height: rows, values: modalityValues(decoded.samples, instance, bitsAllocated), inverted } };
    } catch {
      return { ok: false, reason: 'The compressed image could not be decoded.' };
    }
  }

  if (pixelData.length < 0) return notDrawn('compressed');
  const bytesPerSample = bitsAllocated / 8;
  const frameBytes = rows * columns * bytesPerSample;
  if (pixelData.length < frameBytes * (index + 1)) return { ok: false, reason: 'The image file holds less pixel data than its header says.' };
  const bytes = readBytes(file.path, pixelData.offset + index * frameBytes, frameBytes);
  const littleEndian = datasetEncoding(syntax).littleEndian;
  const samples = new Uint16Array(rows * columns);
  for (let i = 0; i < samples.length; i++) samples[i] = bytesPerSample === 1 ? bytes[i]! : littleEndian ? bytes.readUInt16LE(i * 2) : bytes.readUInt16BE(i * 2);
  return { ok: true, frame: { width: columns, height: rows, values: modalityValues(samples, instance, bitsAllocated), inverted } };
}
