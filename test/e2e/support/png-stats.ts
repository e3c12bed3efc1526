import zlib from 'node:zlib';

export interface Gray {
  width: number;
  height: number;
  /** Luma 0–255, row by row. */
  values: Uint8Array;
}

/** Decodes the 8-bit RGB(A) or grey PNGs Chromium writes for screenshots, to luma. */
export function decodePng(png: Buffer): Gray {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      colorType = body[9]!;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`PNG colour type ${colorType}`);
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let value = line[x]!;
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = value & 0xff;
    }
  }
  const values = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    values[i] = channels < 3 ? pixels[p]! : Math.round(0.299 * pixels[p]! + 0.587 * pixels[p + 1]! + 0.114 * pixels[p + 2]!);
  }
  return { width, height, values };
}

export interface PixelStats {
  mean: number;
  stdDev: number;
  /** Share of pixels brighter than 20 (of 255). */
  nonDark: number;
  /** Distinct luma values. */
  levels: number;
}

export function pixelStats(image: Gray, region?: { x: number; y: number; width: number; height: number }): PixelStats {
  const r = region ?? { x: 0, y: 0, width: image.width, height: image.height };
  let sum = 0;
  let sumSq = 0;
  let bright = 0;
  const seen = new Set<number>();
  let n = 0;
  for (let y = r.y; y < r.y + r.height; y++) {
    for (let x = r.x; x < r.x + r.width; x++) {
      const v = image.values[y * image.width + x]!;
      sum += v;
      sumSq += v * v;
      if (v > 20) bright++;
      seen.add(v);
      n++;
    }
  }
  const mean = sum / n;
  return { mean, stdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)), nonDark: bright / n, levels: seen.size };
}

/** Mean absolute difference of two images of one size (0–255). */
export function meanDifference(a: Gray, b: Gray): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  let sum = 0;
  for (let i = 0; i < a.values.length; i++) sum += Math.abs(a.values[i]! - b.values[i]!);
  return sum / a.values.length;
}
