// The bench's comparison page: plain Cornerstone3D stack viewports with nothing of the viewer
// around them (no React, no overlays), scrolled by the same keys. What it costs to scroll here is
// what Cornerstone alone costs on this machine; the viewer's figure minus this is our overhead.
// Its DOM mimics the viewer's where the bench looks (data-testid="viewport", data-slot,
// data-index, .cornerstone-element).
import { Enums, init, RenderingEngine, type Types } from '@cornerstonejs/core';
import { init as initImageLoader } from '@cornerstonejs/dicom-image-loader';
import { prefetchAround } from '../../../renderer/viewer/engine/prefetch.ts';

export interface BareStack {
  imageIds: string[];
  start: number;
  box: { left: number; width: number; height: number };
}

declare global {
  interface Window {
    /** Shows the stacks side by side; ArrowUp/ArrowDown then scroll the first. Resolves once every stack's first image is up. */
    __showBareStacks?: (stacks: BareStack[]) => Promise<void>;
  }
}

window.__showBareStacks = async (stacks) => {
  init();
  initImageLoader({ maxWebWorkers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)) });
  const engine = new RenderingEngine('bare-stack');
  const viewports = stacks.map((stack, slot) => {
    const section = document.createElement('section');
    section.dataset.testid = 'viewport';
    section.dataset.slot = String(slot);
    section.style.cssText = `left:${stack.box.left}px;width:${stack.box.width}px;height:${stack.box.height}px`;
    const element = document.createElement('div');
    element.className = 'cornerstone-element';
    section.append(element);
    document.body.append(section);
    const viewportId = `bare-${slot}`;
    engine.enableElement({ viewportId, type: Enums.ViewportType.STACK, element, defaultOptions: { background: [0, 0, 0] } });
    element.addEventListener(Enums.Events.STACK_NEW_IMAGE, (event) => {
      section.dataset.index = String((event as CustomEvent<{ imageIdIndex: number }>).detail.imageIdIndex);
    });
    return engine.getViewport(viewportId) as Types.IStackViewport;
  });
  const first = viewports[0]!;
  const firstStack = stacks[0]!;
  let index = firstStack.start;
  first.element.addEventListener(Enums.Events.STACK_NEW_IMAGE, () => prefetchAround([{ imageIds: firstStack.imageIds, current: index }]));
  window.addEventListener('keydown', (event) => {
    const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const next = Math.min(firstStack.imageIds.length - 1, Math.max(0, index + delta));
    if (next === index) return;
    index = next;
    void first.setImageIdIndex(index);
  });
  await Promise.all(viewports.map((viewport, i) => viewport.setStack(stacks[i]!.imageIds, stacks[i]!.start)));
};
