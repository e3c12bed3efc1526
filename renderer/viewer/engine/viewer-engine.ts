import { cache, Enums, eventTarget, imageLoadPoolManager, metaData, utilities, type RenderingEngine, type Types } from '@cornerstonejs/core';
import { ToolGroupManager, type Types as ToolTypes } from '@cornerstonejs/tools';
import { decodedImageProblem } from '../cornerstone/image-check.ts';
import { loadErrorMessage } from '../cornerstone/load-error.ts';
import { sharedRenderingEngine } from '../cornerstone/rendering-engine.ts';
import { freeImageCache } from '../cornerstone/setup.ts';
import type { Vec2, Vec3 } from '../geometry/vec3.ts';
import type { LoadedSeries } from './loaded-series.ts';
import { prefetchAround } from './prefetch.ts';
import { clearMeasurements, createToolGroup, setPrimaryTool, type PrimaryTool } from './tool-modes.ts';

export interface Voi {
  center: number;
  width: number;
}

/** What a viewport shows, for the overlays and the tests (mirrored in data- attributes). */
export interface PaneSnapshot {
  seriesInstanceUID: string | null;
  /** The frame shown (or being loaded), 0-based; -1 before a series is set. */
  index: number;
  count: number;
  voi: Voi | null;
  invert: boolean;
  /** Why the current image is not shown, in words; null when it is. */
  error: string | null;
  /**
   * Goes up when what the overlays draw over may have moved: the first render, a new image, a
   * camera change (zoom, pan, resize) or a new window. Not on every render: scrolling costs one
   * React update per slice, not two.
   */
  views: number;
}

interface Pane {
  viewportId: string;
  element: HTMLDivElement;
  loaded: LoadedSeries | null;
  requested: number;
  error: string | null;
  views: number;
  rendered: boolean;
  /** The camera and canvas size at the last notification: a render that changes them moves the overlays. */
  viewKey: string;
  detach: () => void;
}

let engines = 0;

/** Performance mark (plus engine id and slot) of a pane's first render with a series in it. */
export const FIRST_RENDER_MARK = 'viewer:first-render:';

/**
 * The Cornerstone side of the viewer, kept out of React: one rendering engine and tool group
 * for up to four stack viewports ("panes", by slot). React tells it which element and series
 * each slot has; it reports what each pane shows through `listener`. Everything it loaded is
 * freed by destroy(), which runs when the study closes.
 */
export class ViewerEngine {
  private readonly id = `viewer-${++engines}-${Date.now().toString(36)}`;
  private readonly engine: RenderingEngine;
  private readonly toolGroup: ToolTypes.IToolGroup;
  private readonly panes = new Map<number, Pane>();
  private readonly listener: (slot: number, snapshot: PaneSnapshot) => void;
  private readonly resizeObserver: ResizeObserver;
  private destroyed = false;
  private prefetchScheduled = false;
  private readonly onLoadError = (event: Event) => this.loadFailed((event as CustomEvent<{ imageId?: string; error?: unknown }>).detail);

  constructor(listener: (slot: number, snapshot: PaneSnapshot) => void) {
    this.listener = listener;
    this.engine = sharedRenderingEngine();
    this.toolGroup = createToolGroup(`${this.id}-tools`);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    eventTarget.addEventListener(Enums.Events.IMAGE_LOAD_ERROR, this.onLoadError);
  }

  attach(slot: number, element: HTMLDivElement): void {
    if (this.destroyed) return;
    this.detach(slot);
    const viewportId = `${this.id}-vp${slot}`;
    this.engine.enableElement({ viewportId, type: Enums.ViewportType.STACK, element, defaultOptions: { background: [0, 0, 0] } });
    this.toolGroup.addViewport(viewportId, this.engine.id);
    // Cornerstone makes the element focusable and then swallows every key pressed while it has
    // focus (preventDefault in its modifier-key listener). The viewer's keys are the app's
    // shortcuts, so the element never takes focus.
    element.removeAttribute('tabindex');
    const pane: Pane = { viewportId, element, loaded: null, requested: -1, error: null, views: 0, rendered: false, viewKey: '', detach: () => {} };
    const onNewImage = (event: Event) => {
      const { image, imageIdIndex } = (event as CustomEvent<{ image: Types.IImage; imageIdIndex: number }>).detail;
      const expected = pane.loaded?.frames[imageIdIndex]?.image;
      const problem = decodedImageProblem(image, expected);
      pane.error = problem && expected ? loadErrorMessage(new Error(problem), expected.transferSyntaxUID) : null;
      pane.views++;
      this.notify(slot);
      this.schedulePrefetch();
    };
    const onRendered = () => {
      if (!pane.loaded) return;
      if (!pane.rendered) performance.mark(`${FIRST_RENDER_MARK}${this.id}-${slot}`);
      const key = this.viewKey(slot);
      if (pane.rendered && key === pane.viewKey) return;
      pane.rendered = true;
      pane.viewKey = key;
      this.viewChanged(slot);
    };
    const onViewChange = () => this.viewChanged(slot);
    const onRequest = (event: Event) => {
      pane.requested = (event as CustomEvent<{ imageIdIndex: number }>).detail.imageIdIndex;
    };
    element.addEventListener(Enums.Events.STACK_NEW_IMAGE, onNewImage);
    element.addEventListener(Enums.Events.IMAGE_RENDERED, onRendered);
    element.addEventListener(Enums.Events.PRE_STACK_NEW_IMAGE, onRequest);
    element.addEventListener(Enums.Events.CAMERA_MODIFIED, onViewChange);
    element.addEventListener(Enums.Events.VOI_MODIFIED, onViewChange);
    this.resizeObserver.observe(element);
    pane.detach = () => {
      element.removeEventListener(Enums.Events.STACK_NEW_IMAGE, onNewImage);
      element.removeEventListener(Enums.Events.IMAGE_RENDERED, onRendered);
      element.removeEventListener(Enums.Events.PRE_STACK_NEW_IMAGE, onRequest);
      element.removeEventListener(Enums.Events.CAMERA_MODIFIED, onViewChange);
      element.removeEventListener(Enums.Events.VOI_MODIFIED, onViewChange);
      this.resizeObserver.unobserve(element);
    };
    this.panes.set(slot, pane);
  }

  detach(slot: number): void {
    const pane = this.panes.get(slot);
    if (!pane) return;
    pane.detach();
    this.panes.delete(slot);
    if (this.destroyed) return;
    this.toolGroup.removeViewports(this.engine.id, pane.viewportId);
    this.engine.disableElement(pane.viewportId);
  }

  /** Shows a series in a slot at a frame; resolves once that first image is loaded (or failed). */
  async show(slot: number, loaded: LoadedSeries, index: number): Promise<void> {
    const pane = this.panes.get(slot);
    const viewport = this.viewport(slot);
    if (!pane || !viewport) return;
    pane.loaded = loaded;
    pane.error = null;
    pane.requested = clamp(index, 0, loaded.imageIds.length - 1);
    this.notify(slot);
    if (loaded.imageIds.length === 0) {
      pane.error = 'This series has no images to show.';
      this.notify(slot);
      return;
    }
    // A load that fails is reported by IMAGE_LOAD_ERROR (loadFailed); on the CPU path the promise rejects too.
    await viewport.setStack(loaded.imageIds, pane.requested).catch(() => undefined);
    if (this.destroyed) return;
    this.notify(slot);
    this.schedulePrefetch();
  }

  loadedIn(slot: number): LoadedSeries | null {
    return this.panes.get(slot)?.loaded ?? null;
  }

  /** The frame a slot shows, or is loading. */
  indexOf(slot: number): number {
    const pane = this.panes.get(slot);
    const viewport = this.viewport(slot);
    if (!pane?.loaded || !viewport) return -1;
    return pane.requested >= 0 ? pane.requested : viewport.getCurrentImageIdIndex();
  }

  jumpTo(slot: number, index: number): void {
    const pane = this.panes.get(slot);
    const viewport = this.viewport(slot);
    if (!pane?.loaded || !viewport) return;
    const target = clamp(index, 0, pane.loaded.imageIds.length - 1);
    if (target === this.indexOf(slot)) return;
    pane.requested = target;
    void viewport.setImageIdIndex(target).catch(() => undefined);
  }

  scroll(slot: number, delta: number): void {
    this.jumpTo(slot, this.indexOf(slot) + delta);
  }

  setPrimaryTool(tool: PrimaryTool): void {
    if (!this.destroyed) setPrimaryTool(this.toolGroup, tool);
  }

  setVoi(slot: number, voi: Voi): void {
    const viewport = this.viewport(slot);
    if (!viewport) return;
    // DICOM's linear VOI function (PS3.3 C.11.2.1.2), as the file's own values are meant.
    viewport.setProperties({ voiRange: utilities.windowLevel.toLowHighRange(voi.width, voi.center) });
    viewport.render();
    this.viewChanged(slot);
  }

  /**
   * The windows the file of the image shown carries (Window Center/Width may hold several, each
   * with an explanation), in the file's order; empty when it has none.
   */
  fileWindows(slot: number): Voi[] {
    const viewport = this.viewport(slot);
    const imageId = viewport?.getCurrentImageId();
    if (!imageId) return [];
    const module = metaData.get('voiLutModule', imageId) as { windowCenter?: number | number[]; windowWidth?: number | number[] } | undefined;
    const centers = [module?.windowCenter ?? []].flat();
    const widths = [module?.windowWidth ?? []].flat();
    return centers.flatMap((center, i) => {
      const width = widths[i];
      return Number.isFinite(center) && width !== undefined && width > 0 ? [{ center, width }] : [];
    });
  }

  /** Zooms the slot's image about the viewport centre (factor > 1 enlarges). */
  zoomBy(slot: number, factor: number): void {
    const viewport = this.viewport(slot);
    if (!viewport?.getCornerstoneImage()) return;
    const camera = viewport.getCamera();
    if (!camera.parallelScale) return;
    viewport.setCamera({ ...camera, parallelScale: camera.parallelScale / factor });
    viewport.render();
    this.viewChanged(slot);
  }

  /** Moves the slot's image by canvas pixels. */
  panBy(slot: number, dx: number, dy: number): void {
    const viewport = this.viewport(slot);
    if (!viewport?.getCornerstoneImage()) return;
    const origin = viewport.canvasToWorld([0, 0]);
    const moved = viewport.canvasToWorld([dx, dy]);
    const delta = [moved[0] - origin[0], moved[1] - origin[1], moved[2] - origin[2]];
    const { focalPoint, position } = viewport.getCamera();
    if (!focalPoint || !position) return;
    const shift = (p: Types.Point3): Types.Point3 => [p[0] - delta[0]!, p[1] - delta[1]!, p[2] - delta[2]!];
    viewport.setCamera({ focalPoint: shift(focalPoint), position: shift(position) });
    viewport.render();
    this.viewChanged(slot);
  }

  /** The lowest and highest stored value of the image shown, for a full-range window. */
  pixelRange(slot: number): { min: number; max: number } | null {
    const image = this.viewport(slot)?.getCornerstoneImage();
    return image ? { min: image.minPixelValue, max: image.maxPixelValue } : null;
  }

  /** The pixels of the image shown, row by row (for the level proposal). */
  pixels(slot: number): ArrayLike<number> | null {
    return this.viewport(slot)?.getCornerstoneImage()?.getPixelData() ?? null;
  }

  toggleInvert(slot: number): void {
    const viewport = this.viewport(slot);
    if (!viewport) return;
    viewport.setProperties({ invert: !viewport.getProperties().invert });
    viewport.render();
    this.viewChanged(slot);
  }

  /** Back to the file's window, no zoom or pan, not inverted. */
  reset(slot: number): void {
    const viewport = this.viewport(slot);
    if (!viewport) return;
    viewport.resetProperties();
    viewport.resetCamera();
    viewport.render();
    this.viewChanged(slot);
  }

  clearMeasurements(slot: number): void {
    const pane = this.panes.get(slot);
    if (!pane) return;
    clearMeasurements(pane.element);
    this.viewport(slot)?.render();
  }

  worldToCanvas(slot: number, point: Vec3): Vec2 | null {
    const viewport = this.viewport(slot);
    if (!viewport?.getCornerstoneImage()) return null;
    return viewport.worldToCanvas([point[0], point[1], point[2]]) as unknown as Vec2;
  }

  canvasToWorld(slot: number, point: Vec2): Vec3 | null {
    const viewport = this.viewport(slot);
    if (!viewport?.getCornerstoneImage()) return null;
    return viewport.canvasToWorld([point[0], point[1]]) as unknown as Vec3;
  }

  snapshot(slot: number): PaneSnapshot {
    const pane = this.panes.get(slot);
    const viewport = this.viewport(slot);
    const properties = viewport?.getCornerstoneImage() ? viewport.getProperties() : null;
    const range = properties?.voiRange;
    const window = range ? utilities.windowLevel.toWindowLevel(range.lower, range.upper) : null;
    return {
      seriesInstanceUID: pane?.loaded?.series.seriesInstanceUID ?? null,
      index: this.indexOf(slot),
      count: pane?.loaded?.imageIds.length ?? 0,
      voi: window ? { center: window.windowCenter, width: window.windowWidth } : null,
      invert: properties?.invert ?? false,
      error: pane?.error ?? null,
      views: pane?.views ?? 0,
    };
  }

  /** When the slot first rendered an image (performance.now() time), or null. */
  firstRenderAt(slot: number): number | null {
    return performance.getEntriesByName(`${FIRST_RENDER_MARK}${this.id}-${slot}`).at(-1)?.startTime ?? null;
  }

  /** Bytes of decoded images in Cornerstone's cache (limit: IMAGE_CACHE_BYTES). */
  cacheBytes(): number {
    return cache.getCacheSize();
  }

  destroy(): void {
    if (this.destroyed) return;
    for (const slot of [...this.panes.keys()]) this.detach(slot);
    this.destroyed = true;
    eventTarget.removeEventListener(Enums.Events.IMAGE_LOAD_ERROR, this.onLoadError);
    this.resizeObserver.disconnect();
    imageLoadPoolManager.clearRequestStack(Enums.RequestType.Prefetch);
    imageLoadPoolManager.clearRequestStack(Enums.RequestType.Interaction);
    ToolGroupManager.destroyToolGroup(this.toolGroup.id);
    freeImageCache();
  }

  /**
   * After a layout change or a window resize each image fits its new viewport again, with the
   * reader's zoom and pan kept relative to that fit (a view presentation, not a camera).
   */
  private resize(): void {
    if (this.destroyed) return;
    const presentations = [...this.panes.keys()].map((slot) => {
      const viewport = this.viewport(slot);
      return { viewport, presentation: viewport?.getCornerstoneImage() ? viewport.getViewPresentation() : null };
    });
    this.engine.resize(true, false);
    for (const { viewport, presentation } of presentations) {
      if (viewport && presentation) {
        viewport.setViewPresentation(presentation);
        viewport.render();
      }
    }
    for (const slot of this.panes.keys()) this.viewChanged(slot);
  }

  /** Camera and canvas size, as a string: when it changes, points drawn over the image move. */
  private viewKey(slot: number): string {
    const viewport = this.viewport(slot);
    if (!viewport) return '';
    const { focalPoint, parallelScale, viewUp } = viewport.getCamera();
    return [...(focalPoint ?? []), parallelScale, ...(viewUp ?? []), viewport.canvas.clientWidth, viewport.canvas.clientHeight].map((v) => (v ?? 0).toFixed(3)).join(',');
  }

  /** What the overlays draw over may have moved (or the window changed): tell React. */
  private viewChanged(slot: number): void {
    const pane = this.panes.get(slot);
    if (!pane) return;
    pane.views++;
    this.notify(slot);
  }

  private viewport(slot: number): Types.IStackViewport | null {
    const pane = this.panes.get(slot);
    if (!pane || this.destroyed) return null;
    return (this.engine.getViewport(pane.viewportId) as Types.IStackViewport | undefined) ?? null;
  }

  private notify(slot: number): void {
    if (!this.destroyed) this.listener(slot, this.snapshot(slot));
  }

  private loadFailed(detail: { imageId?: string; error?: unknown } | undefined): void {
    if (!detail?.imageId) return;
    for (const [slot, pane] of this.panes) {
      const index = pane.loaded?.imageIds.indexOf(detail.imageId) ?? -1;
      if (index < 0 || index !== pane.requested) continue;
      pane.error = loadErrorMessage(detail.error, pane.loaded!.frames[index]!.image.transferSyntaxUID);
      this.notify(slot);
    }
  }

  private schedulePrefetch(): void {
    if (this.prefetchScheduled) return;
    this.prefetchScheduled = true;
    requestAnimationFrame(() => {
      this.prefetchScheduled = false;
      if (this.destroyed) return;
      const stacks = [...this.panes.entries()]
        .filter(([, pane]) => pane.loaded)
        .map(([slot, pane]) => ({ imageIds: pane.loaded!.imageIds, current: this.indexOf(slot) }));
      prefetchAround(stacks);
    });
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
