import { cache, getRenderingCapabilities, getShouldUseCPURendering, init as initCore, setUseCPURendering } from '@cornerstonejs/core';
import { init as initImageLoader } from '@cornerstonejs/dicom-image-loader';
import { IMAGE_CACHE_BYTES } from './cache-limit.ts';
import { loadInstancesOffMainThread } from './fetch-off-main-thread.ts';
import { dropOrphanedLoadRejections } from './load-rejections.ts';
import { chooseRenderPath, requestedRenderPath, type RenderPath } from './render-choice.ts';
import {
  addTool, init as initTools, LengthTool, PanTool, StackScrollTool, WindowLevelTool, ZoomTool,
} from '@cornerstonejs/tools';

let initialised = false;

/**
 * Cornerstone3D, its DICOM image loader and the tools we use, set up once per page. Images come
 * only as `wadouri:` + an instance URL of our own origin (see image-ids.ts); decoding runs in the
 * loader's web workers. The rendering path is chosen in render-choice.ts.
 */
export function setUpCornerstone(): void {
  if (initialised) return;
  initialised = true;
  // One WebGL context for every viewport, drawn and copied to each viewport's canvas in turn. The
  // default pool of seven costs seven contexts' set-up and offscreen canvases for at most four
  // viewports that render one after another anyway.
  initCore({ rendering: { webGlContextCount: 1 } } as Parameters<typeof initCore>[0]);
  const path = chooseRenderPath(getRenderingCapabilities(), requestedRenderPath(window.location.search));
  if (path === 'cpu' && !getShouldUseCPURendering()) setUseCPURendering(true, false);
  // The legacy metadata path keeps each file's parsed dataset only while its image is cached;
  // the newer "naturalized" store keeps every file ever viewed, without a limit.
  initImageLoader({ maxWebWorkers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)), useLegacyMetadataProvider: true });
  loadInstancesOffMainThread();
  initTools();
  for (const tool of [WindowLevelTool, PanTool, ZoomTool, StackScrollTool, LengthTool]) addTool(tool);
  cache.setMaxCacheSize(IMAGE_CACHE_BYTES);
  dropOrphanedLoadRejections();
}

export function renderPath(): RenderPath {
  return getShouldUseCPURendering() ? 'cpu' : 'gpu';
}

/** Frees every cached image and parsed file: called when a study closes. */
export function freeImageCache(): void {
  cache.purgeCache();
}
