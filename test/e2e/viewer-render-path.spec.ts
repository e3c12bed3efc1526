import { expect, test } from './support/app.ts';
import { demoStudyPerFile } from './support/demo-study.ts';
import { decodePng, pixelStats } from './support/png-stats.ts';
import { ViewerPage } from './support/viewer.ts';

// This Chromium has WebGL only through SwiftShader, a software rasteriser: left to itself the
// viewer takes Cornerstone's CPU path there, which keeps pace with the display where WebGL does not.

const { demo } = demoStudyPerFile('render');

test('on a software WebGL rasteriser the viewer chooses the CPU path, says so, and shows every image', async ({ app }) => {
  const webgl = await app.page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
  });
  expect(webgl).toMatch(/swiftshader/i);
  const viewer = await ViewerPage.open(app, demo().studyDir);
  await expect(viewer.root()).toHaveAttribute('data-render-path', 'cpu');
  await expect(app.page.getByRole('toolbar', { name: 'Viewer tools' })).toContainText('CPU');
  for (const slot of [0, 1, 2]) {
    await viewer.waitForImage(slot);
    const stats = pixelStats(decodePng(await viewer.viewport(slot).screenshot()));
    expect(stats.stdDev, `viewport ${slot} is not uniform`).toBeGreaterThan(15);
  }
});
