import { describe, expect, it } from 'vitest';
import { frameImageIds } from '../../../../renderer/viewer/cornerstone/image-ids.ts';
import { loadErrorMessage, transferSyntaxName } from '../../../../renderer/viewer/cornerstone/load-error.ts';
import { prefetchOrder } from '../../../../renderer/viewer/engine/prefetch-order.ts';
import { directionLetters, formatPatientPoint } from '../../../../renderer/viewer/overlays/orientation.ts';
import type { ViewerImage } from '../../../../shared/ipc/channels/viewer.ts';

const image = (id: number, frames = 1): ViewerImage => ({
  id,
  sopInstanceUID: `1.2.${id}`,
  instanceNumber: id,
  frames,
  transferSyntaxUID: '1.2.840.10008.1.2.1',
  rows: 2,
  columns: 2,
  imagePosition: [0, 0, id],
  imageOrientation: [1, 0, 0, 0, 1, 0],
  pixelSpacing: [1, 1],
  sliceThickness: 1,
  windowCenter: null,
  windowWidth: null,
});

describe('image ids', () => {
  it('asks for pixels by instance id only, one id per frame (1-based frame numbers, as the loader wants)', () => {
    const { imageIds, frames } = frameImageIds([image(7), image(9, 3)], (id) => `http://127.0.0.1:1/image/${id}`);
    expect(imageIds).toEqual([
      'wadouri:http://127.0.0.1:1/image/7',
      'wadouri:http://127.0.0.1:1/image/9?frame=1',
      'wadouri:http://127.0.0.1:1/image/9?frame=2',
      'wadouri:http://127.0.0.1:1/image/9?frame=3',
    ]);
    expect(frames.map((f) => [f.image.id, f.frame])).toEqual([
      [7, 0],
      [9, 0],
      [9, 1],
      [9, 2],
    ]);
  });
});

describe('prefetch order', () => {
  it('takes the nearest slices first, alternating ahead and behind, within the stack', () => {
    expect(prefetchOrder(5, 10, 3)).toEqual([6, 4, 7, 3, 8, 2]);
    expect(prefetchOrder(0, 3, 12)).toEqual([1, 2]);
    expect(prefetchOrder(0, 1)).toEqual([]);
  });
});

describe('what a viewport says when an image cannot be shown', () => {
  it('tells a moved or deleted file from a changed one, and a decoding failure with its syntax', () => {
    expect(loadErrorMessage({ request: { status: 404 } }, null)).toMatch(/gone: it was moved or deleted/);
    expect(loadErrorMessage({ error: { status: 410 } }, null)).toMatch(/changed since it was imported/);
    expect(loadErrorMessage(new Error('x'), '1.2.840.10008.1.2.4.90')).toMatch(/could not be decoded \(JPEG 2000 Lossless\)/);
    expect(transferSyntaxName('1.2.3.4')).toBe('transfer syntax 1.2.3.4');
  });
});

describe('orientation letters', () => {
  it('names a direction by its dominant patient axis, and a second when it is strong', () => {
    expect(directionLetters([0, 1, 0])).toBe('P');
    expect(directionLetters([0, 0, -1])).toBe('I');
    expect(directionLetters([-1, 0, 0])).toBe('R');
    expect(directionLetters([0, -0.5, 0.87])).toBe('SA');
    expect(formatPatientPoint([-12.34, 5, -80])).toBe('R 12.3  P 5.0  I 80.0');
  });
});
