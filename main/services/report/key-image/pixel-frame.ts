// One frame of an imported instance's pixel data as modality values. Native (uncompressed)
// pixel data in any of the three uncompressed byte orders is decoded here; an encapsulated
// (compressed) or deflated file is reported as such, and the key image becomes a placeholder.
import fs from 'node:fs';
import { readDicomHeader } from '../../dicom/header-reader.ts';
import { instanceFileForServing } from '../../dicom/instance-file.ts';
import { datasetEncoding } from '../../dicom/transfer-syntax.ts';
import type { Db } from '../../store/database.ts';
import type { IndexedInstance } from '../study-index.ts';
import type { Frame } from './window.ts';

export type FrameResult = { ok: true; frame: Frame } | { ok: false; reason: string };

const TRANSFER_SYNTAX_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.10008.1.2.4.50': 'JPEG baseline',
  '1.2.840.10008.1.2.4.51': 'JPEG extended',
  '1.2.840.10008.1.2.4.57': 'JPEG lossless',
  '1.2.840.10008.1.2.4.70': 'JPEG lossless',
  '1.2.840.10008.1.2.4.80': 'JPEG-LS',
  '1.2.840.10008.1.2.4.81': 'JPEG-LS',
  '1.2.840.10008.1.2.4.90': 'JPEG 2000',
  '1.2.840.10008.1.2.4.91': 'JPEG 2000',
  '1.2.840.10008.1.2.4.201': 'HTJ2K',
  '1.2.840.10008.1.2.4.202': 'HTJ2K',
  '1.2.840.10008.1.2.4.203': 'HTJ2K',
  '1.2.840.10008.1.2.5': 'RLE',
  '1.2.840.10008.1.2.1.99': 'deflated',
};

function compressedReason(transferSyntaxUID: string): string {
  const name = TRANSFER_SYNTAX_NAMES[transferSyntaxUID] ?? 'compressed';
  return `The image is stored ${name === 'deflated' ? 'deflated' : `${name} compressed`}; key images are drawn from uncompressed pixel data only. Open the study to view it.`;
}

/** Reads `length` bytes at `offset` of the file. */
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

export function readFrame(db: Db, instance: IndexedInstance, frameIndex: number): FrameResult {
  const { rows, columns, bitsAllocated } = instance;
  if (!rows || !columns || !bitsAllocated) return { ok: false, reason: 'The image has no pixel geometry in the index.' };
  if ((instance.samplesPerPixel ?? 1) !== 1) return { ok: false, reason: 'Colour images are not drawn as key images.' };
  if (bitsAllocated !== 8 && bitsAllocated !== 16) return { ok: false, reason: `Pixel data of ${bitsAllocated} bits a sample is not drawn as a key image.` };
  const encoding = datasetEncoding(instance.transferSyntaxUID);
  if (encoding.deflated || TRANSFER_SYNTAX_NAMES[instance.transferSyntaxUID]) return { ok: false, reason: compressedReason(instance.transferSyntaxUID) };

  const file = instanceFileForServing(db, instance.id);
  const header = readDicomHeader(file.path);
  if (header.kind !== 'read') return { ok: false, reason: 'The image file could not be read.' };
  const pixelData = header.header.dataset.pixelData;
  if (!pixelData) return { ok: false, reason: 'The image file has no pixel data.' };
  if (pixelData.length < 0) return { ok: false, reason: compressedReason(instance.transferSyntaxUID) };

  const bytesPerSample = bitsAllocated / 8;
  const frameBytes = rows * columns * bytesPerSample;
  const frames = Math.max(1, instance.frames);
  const index = Math.min(Math.max(0, frameIndex), frames - 1);
  if (pixelData.length < frameBytes * (index + 1)) return { ok: false, reason: 'The image file holds less pixel data than its header says.' };
  const bytes = readBytes(file.path, pixelData.offset + index * frameBytes, frameBytes);

  const signed = instance.pixelRepresentation === 1;
  const bitsStored = instance.bitsStored ?? bitsAllocated;
  const slope = instance.rescaleSlope ?? 1;
  const intercept = instance.rescaleIntercept ?? 0;
  const values = new Float32Array(rows * columns);
  const mask = bitsStored >= 32 ? 0xffffffff : (1 << bitsStored) - 1;
  const signBit = 1 << (bitsStored - 1);
  for (let i = 0; i < values.length; i++) {
    let raw = bytesPerSample === 1 ? bytes[i]! : encoding.littleEndian ? bytes.readUInt16LE(i * 2) : bytes.readUInt16BE(i * 2);
    raw &= mask;
    if (signed && raw & signBit) raw -= 1 << bitsStored;
    values[i] = raw * slope + intercept;
  }
  return { ok: true, frame: { width: columns, height: rows, values, inverted: instance.photometricInterpretation === 'MONOCHROME1' } };
}
