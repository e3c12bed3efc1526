import { Enums, getShouldUseCPURendering, imageLoader, RenderingEngine, type Types } from '@cornerstonejs/core';
import { setUpCornerstone } from './setup.ts';

let shared: RenderingEngine | null = null;
let warmed: Promise<void> | null = null;

/**
 * One rendering engine for the page, kept between studies: its WebGL contexts and compiled
 * shaders cost more than a first image (about 200 ms under SwiftShader), so opening a study
 * reuses them. Each viewer mount enables and disables its own viewports on it; images are
 * freed when a study closes, the engine is not.
 */
export function sharedRenderingEngine(): RenderingEngine {
  setUpCornerstone();
  shared ??= new RenderingEngine('spinecorrelate-viewer');
  return shared;
}

/**
 * Creates the engine and draws one small synthetic image in a hidden viewport, so the first
 * study opened does not pay for context creation and shader compilation. Safe to call often.
 */
export function warmUpRendering(): Promise<void> {
  warmed ??= new Promise<void>((resolve) => {
    const engine = sharedRenderingEngine();
    // Without WebGL there is nothing to warm, and the CPU path cannot draw an image without DICOM metadata.
    if (getShouldUseCPURendering()) return resolve();
    const element = document.createElement('div');
    element.style.cssText = 'position:fixed;left:-10000px;top:0;width:64px;height:64px;';
    document.body.append(element);
    const viewportId = 'spinecorrelate-warm-up';
    const imageId = 'spinecorrelate-warm-up:1';
    const done = () => {
      element.removeEventListener(Enums.Events.IMAGE_RENDERED, done);
      engine.disableElement(viewportId);
      element.remove();
      resolve();
    };
    try {
      imageLoader.createAndCacheLocalImage(imageId, { scalarData: new Uint16Array(64 * 64).map((_, i) => i % 4096), dimensions: [64, 64], spacing: [1, 1], frameOfReferenceUID: 'warm-up' });
      engine.enableElement({ viewportId, type: Enums.ViewportType.STACK, element, defaultOptions: { background: [0, 0, 0] } });
      element.addEventListener(Enums.Events.IMAGE_RENDERED, done);
      void (engine.getViewport(viewportId) as Types.IStackViewport).setStack([imageId], 0).catch(done);
    } catch {
      done();
    }
  });
  return warmed;
}
