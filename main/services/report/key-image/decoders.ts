// Decoders for compressed pixel data, all running in Node: the WebAssembly codecs the DICOM image
// loader ships (OpenJPEG, CharLS, libjpeg-turbo), the JavaScript JPEG lossless decoder, and RLE
// written here. Each gives the frame's samples; RLE and the lossless JPEG keep the stored bit layout.
import { createRequire } from 'node:module';
import { Decoder as JpegLosslessDecoder } from '@cornerstonejs/jpeg-lossless-decoder-js';

export interface DecodedSamples {
  samples: ArrayLike<number>;
  width: number;
  height: number;
}

interface WasmFrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned: boolean;
}

interface WasmDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  getDecodedBuffer(): Uint8Array;
  getFrameInfo(): WasmFrameInfo;
  decode(): void;
  delete?(): void;
}

type WasmCodec = Record<string, new () => WasmDecoder>;

const require = createRequire(import.meta.url);
const codecs = new Map<string, Promise<WasmCodec>>();

function codec(module: string): Promise<WasmCodec> {
  let loaded = codecs.get(module);
  if (!loaded) {
    // The codecs' own logging (OpenJPEG prints [INFO] lines) must not reach stdout, where the CLI may be writing a PDF.
    loaded = (require(module) as (options: object) => Promise<WasmCodec>)({ print: () => undefined, printErr: () => undefined });
    codecs.set(module, loaded);
  }
  return loaded;
}

async function decodeWithWasm(module: string, decoderName: string, data: Uint8Array): Promise<DecodedSamples> {
  const lib = await codec(module);
  const decoder = new lib[decoderName]!();
  try {
    decoder.getEncodedBuffer(data.length).set(data);
    decoder.decode();
    const info = decoder.getFrameInfo();
    if (info.componentCount !== 1) throw new Error('colour');
    const bytes = decoder.getDecodedBuffer().slice();
    const samples = info.bitsPerSample > 8
      ? info.isSigned ? new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2) : new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2)
      : info.isSigned ? new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
    return { samples, width: info.width, height: info.height };
  } finally {
    decoder.delete?.();
  }
}

/** PackBits runs of one RLE segment (PS3.5 G.3.1). */
function unpackSegment(data: Buffer, start: number, end: number, into: Uint8Array): void {
  let out = 0;
  let at = start;
  while (at < end && out < into.length) {
    const n = data.readInt8(at++);
    if (n >= 0) {
      const count = Math.min(n + 1, into.length - out, end - at);
      into.set(data.subarray(at, at + count), out);
      out += count;
      at += n + 1;
    } else if (n > -128) {
      into.fill(data[at]!, out, Math.min(into.length, out + 1 - n));
      out += 1 - n;
      at += 1;
    }
  }
}

/** DICOM RLE Lossless (PS3.5 Annex G): one segment per byte of a sample, most significant first. */
export function decodeRle(data: Buffer, width: number, height: number, bitsAllocated: number): DecodedSamples {
  const segments = data.readUInt32LE(0);
  const bytesPerSample = bitsAllocated / 8;
  if (segments !== bytesPerSample) throw new Error('segments');
  const pixels = width * height;
  const planes = Array.from({ length: segments }, (_, i) => {
    const plane = new Uint8Array(pixels);
    const start = data.readUInt32LE(4 + i * 4);
    const end = i + 1 < segments ? data.readUInt32LE(8 + i * 4) : data.length;
    unpackSegment(data, start, end, plane);
    return plane;
  });
  const samples = new Uint32Array(pixels);
  for (let p = 0; p < pixels; p++) {
    let value = 0;
    for (const plane of planes) value = (value << 8) | plane[p]!;
    samples[p] = value;
  }
  return { samples, width, height };
}

function decodeJpegLossless(data: Buffer, width: number, height: number, bitsAllocated: number): DecodedSamples {
  const decoded = new JpegLosslessDecoder().decode(data.buffer as ArrayBuffer, data.byteOffset, data.length, bitsAllocated / 8);
  return { samples: decoded as ArrayLike<number>, width, height };
}

export type Decode = (data: Buffer, width: number, height: number, bitsAllocated: number) => Promise<DecodedSamples>;

/** The decoder of each compressed transfer syntax that key images support. */
export const DECODERS: Readonly<Record<string, Decode>> = {
  '1.2.840.10008.1.2.4.50': (data) => decodeWithWasm('@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs', 'JPEGDecoder', data),
  '1.2.840.10008.1.2.4.57': async (...args) => decodeJpegLossless(...args),
  '1.2.840.10008.1.2.4.70': async (...args) => decodeJpegLossless(...args),
  '1.2.840.10008.1.2.4.80': (data) => decodeWithWasm('@cornerstonejs/codec-charls/decodewasmjs', 'JpegLSDecoder', data),
  '1.2.840.10008.1.2.4.81': (data) => decodeWithWasm('@cornerstonejs/codec-charls/decodewasmjs', 'JpegLSDecoder', data),
  '1.2.840.10008.1.2.4.90': (data) => decodeWithWasm('@cornerstonejs/codec-openjpeg/decodewasmjs', 'J2KDecoder', data),
  '1.2.840.10008.1.2.4.91': (data) => decodeWithWasm('@cornerstonejs/codec-openjpeg/decodewasmjs', 'J2KDecoder', data),
  '1.2.840.10008.1.2.5': async (...args) => decodeRle(...args),
};
