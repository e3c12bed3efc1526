import type { Types } from '@cornerstonejs/core';

/**
 * Why a decoded image cannot be shown, or null when it can. A codec that fails quietly (OpenJPEG
 * on a damaged codestream) hands back an image of no size, which Cornerstone would draw as a
 * black square; the viewer says so instead.
 */
export function decodedImageProblem(image: Types.IImage, expected?: { rows: number | null; columns: number | null }): string | null {
  if (!(image.width > 0 && image.height > 0)) return 'decoded to an empty image';
  const pixels = image.voxelManager?.getScalarData?.() ?? image.getPixelData?.();
  if (!pixels || pixels.length < image.width * image.height) return 'decoded to too few pixels';
  if (expected?.rows && expected.columns && (image.rows !== expected.rows || image.columns !== expected.columns)) return 'decoded to a different size than its header says';
  return null;
}
