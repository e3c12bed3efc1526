import { cache, getShouldUseCPURendering, init as initCore } from '@cornerstonejs/core';
import { init as initImageLoader } from '@cornerstonejs/dicom-image-loader';
import {
  addTool, init as initTools, LengthTool, PanTool, StackScrollTool, WindowLevelTool, ZoomTool,
} from '@cornerstonejs/tools';

/**
 * The decoded-image cache limit. A 512×512 16-bit MR slice takes 0.5 MB decoded; this holds
 * about 700 of them — a few series around where the reader is — whatever the study's size.
 * The parsed file bytes of each cached image ride along (wadouri keeps the dataset until the
 * image leaves the cache), so the real ceiling is up to about twice this for uncompressed files.
 */
export const IMAGE_CACHE_BYTES = 384 * 1024 * 1024;

let initialised = false;

/**
 * Cornerstone3D, its DICOM image loader and the tools we use, set up once per page. Images come
 * only as `wadouri:` + an instance URL of our own origin (see image-ids.ts); decoding runs in the
 * loader's web workers. Without WebGL Cornerstone renders on the CPU by itself.
 */
export function setUpCornerstone(): void {
  if (initialised) return;
  initialised = true;
  initCore();
  // The legacy metadata path keeps each file's parsed dataset only while its image is cached;
  // the newer "naturalized" store keeps every file ever viewed, without a limit.
  initImageLoader({ maxWebWorkers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)), useLegacyMetadataProvider: true });
  initTools();
  for (const tool of [WindowLevelTool, PanTool, ZoomTool, StackScrollTool, LengthTool]) addTool(tool);
  cache.setMaxCacheSize(IMAGE_CACHE_BYTES);
}

export function renderPath(): 'cpu' | 'gpu' {
  return getShouldUseCPURendering() ? 'cpu' : 'gpu';
}

/** Frees every cached image and parsed file: called when a study closes. */
export function freeImageCache(): void {
  cache.purgeCache();
}
