/**
 * Which of Cornerstone's rendering paths the viewer uses. WebGL drawn by a software rasteriser
 * (SwiftShader, llvmpipe — machines and virtual desktops without a GPU) scrolls a 512×512 stack at
 * about half the display rate, while Cornerstone's CPU path keeps pace (`npm run bench --
 * viewer-scroll` prints both, and a bare Cornerstone page for comparison); so `auto` takes the CPU
 * path there. `?render=gpu` or `?render=cpu` in the page address overrides the choice.
 */
export type RenderPath = 'cpu' | 'gpu';
export type RenderRequest = RenderPath | 'auto';

export interface WebGlCapabilities {
  webgl: boolean;
  softwareRasterizer: boolean;
}

export function requestedRenderPath(search: string): RenderRequest {
  const value = new URLSearchParams(search).get('render');
  return value === 'cpu' || value === 'gpu' ? value : 'auto';
}

export function chooseRenderPath(capabilities: WebGlCapabilities, request: RenderRequest): RenderPath {
  if (!capabilities.webgl) return 'cpu';
  if (request !== 'auto') return request;
  return capabilities.softwareRasterizer ? 'cpu' : 'gpu';
}
