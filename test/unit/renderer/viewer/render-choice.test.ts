import { describe, expect, it } from 'vitest';
import { chooseRenderPath, requestedRenderPath } from '../../../../renderer/viewer/cornerstone/render-choice.ts';

describe('the rendering path', () => {
  const hardware = { webgl: true, softwareRasterizer: false };
  const software = { webgl: true, softwareRasterizer: true };
  const none = { webgl: false, softwareRasterizer: false };

  it('is WebGL on a GPU and the CPU path on a software rasteriser or without WebGL', () => {
    expect(chooseRenderPath(hardware, 'auto')).toBe('gpu');
    expect(chooseRenderPath(software, 'auto')).toBe('cpu');
    expect(chooseRenderPath(none, 'auto')).toBe('cpu');
  });

  it('follows an explicit request, except WebGL where there is none', () => {
    expect(chooseRenderPath(software, 'gpu')).toBe('gpu');
    expect(chooseRenderPath(hardware, 'cpu')).toBe('cpu');
    expect(chooseRenderPath(none, 'gpu')).toBe('cpu');
  });

  it('is requested by ?render= in the page address, anything else meaning auto', () => {
    expect(requestedRenderPath('?render=gpu')).toBe('gpu');
    expect(requestedRenderPath('?token=x&render=cpu')).toBe('cpu');
    expect(requestedRenderPath('?render=GPU')).toBe('auto');
    expect(requestedRenderPath('')).toBe('auto');
  });
});
