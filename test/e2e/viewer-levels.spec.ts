import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoStudy, type DemoStudy } from '../fixtures/phantom/write-demo.ts';
import { expect, test } from './support/app.ts';
import { manifestImagePoint, ViewerPage } from './support/viewer.ts';

// Level labelling and finding arrows on the demo phantom: the viewer draws what its host passes
// in and reports every change through callbacks (here the minimal reading screen keeps them).

let root: string;
let demo: DemoStudy;
test.beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-levels-'));
  demo = writeDemoStudy(root);
});
test.afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const MIDLINE = 7;

async function openAndWait(app: Parameters<typeof ViewerPage.open>[0]): Promise<ViewerPage> {
  const viewer = await ViewerPage.open(app, demo.studyDir);
  for (const slot of [0, 1, 2]) await viewer.waitForImage(slot);
  return viewer;
}

function sagittalPoint(point: readonly number[]): [number, number] {
  const sag = demo.manifest.series.find((s) => s.key === 'sagT2')!;
  return manifestImagePoint(sag, sag.instances[MIDLINE]!, point);
}

test('marking L5-S1 proposes every other disc from the image; the axial overlay names the disc it cuts', async ({ app }) => {
  const viewer = await openAndWait(app);
  const m = demo.manifest;
  await app.page.keyboard.press('l');
  await expect(viewer.root()).toHaveAttribute('data-placing', 'level');
  await expect(app.page.getByTestId('viewer-status')).toContainText('L5–S1');
  const l5s1 = await viewer.pagePoint(0, sagittalPoint(m.discs.find((d) => d.level === 'L5-S1')!.center));
  await app.page.mouse.click(l5s1.x, l5s1.y);
  await expect(viewer.root()).toHaveAttribute('data-placing', '');

  const list = app.page.getByTestId('level-list');
  await expect(list.locator('li')).toHaveCount(6);
  await expect(list.locator('li[data-level="L5-S1"]')).toHaveAttribute('data-placed-by', 'user');
  await expect(list.locator('li[data-level="L3-L4"]')).toHaveAttribute('data-placed-by', 'proposed');
  // Drawn on both sagittals, each within 4 mm of its disc (the phantom's ground truth).
  for (const slot of [0, 1]) await expect(viewer.viewport(slot).getByTestId('level-label')).toHaveCount(6);
  for (const disc of m.discs.filter((d) => d.level !== 'S1-S2')) {
    const label = viewer.viewport(0).locator(`[data-testid="level-label"][data-level="${disc.level}"]`);
    const [x0, y0, cx, , , ry] = (await viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
    const [column, row] = sagittalPoint(disc.center);
    const expected = { x: x0! + column * cx!, y: y0! + row * ry! };
    const drawn = { x: Number(await label.getAttribute('data-x')), y: Number(await label.getAttribute('data-y')) };
    const mmPerPx = demo.manifest.series[0]!.pixelSpacing / cx!;
    expect(Math.hypot(drawn.x - expected.x, drawn.y - expected.y) * mmPerPx, disc.level).toBeLessThan(4);
  }

  // The axial slice through L4-L5 says so; one through the L4 body is between levels.
  await app.page.keyboard.press('3');
  const axial = m.series.find((s) => s.key === 'axT2')!;
  const l45 = axial.instances.findIndex((i) => i.sopInstanceUid === m.discs.find((d) => d.level === 'L4-L5')!.axial!.sopInstanceUid);
  const goTo = async (index: number) => {
    const current = await viewer.index(2);
    for (let i = 0; i < Math.abs(index - current); i++) await app.page.keyboard.press(index > current ? 'ArrowDown' : 'ArrowUp');
    await expect(viewer.viewport(2)).toHaveAttribute('data-index', String(index));
  };
  await goTo(l45);
  await expect(viewer.viewport(2).getByTestId('axial-level')).toHaveText('L4–L5 disc');
  await goTo(l45 + 4);
  await expect(viewer.viewport(2).getByTestId('axial-level')).toHaveText('between L3–L4 and L4–L5');
  await app.page.screenshot({ path: test.info().outputPath('levels-proposed.png') });
});

test('a dragged label becomes the reader’s; shifting the count renames the discs from the sacrum up', async ({ app }) => {
  const viewer = await openAndWait(app);
  const m = demo.manifest;
  await app.page.keyboard.press('l');
  const l5s1 = await viewer.pagePoint(0, sagittalPoint(m.discs.find((d) => d.level === 'L5-S1')!.center));
  await app.page.mouse.click(l5s1.x, l5s1.y);
  const handle = viewer.viewport(0).locator('[data-testid="level-label"][data-level="L3-L4"] circle');
  const box = (await handle.boundingBox())!;
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 12, { steps: 5 });
  await app.page.mouse.up();
  const list = app.page.getByTestId('level-list');
  await expect(list.locator('li[data-level="L3-L4"]')).toHaveAttribute('data-placed-by', 'user');
  const label = viewer.viewport(0).locator('[data-testid="level-label"][data-level="L3-L4"]');
  await expect.poll(async () => Number(await label.getAttribute('data-y'))).toBeGreaterThan(box.y - (await viewer.viewport(0).boundingBox())!.y + box.height / 2 + 8);

  await app.page.getByLabel('Lumbar count').selectOption('sixth-lumbar');
  await expect(list.locator('li[data-level="L6-S1"]')).toHaveAttribute('data-placed-by', 'user');
  await expect(list.locator('li[data-level="L4-L5"]')).toHaveAttribute('data-placed-by', 'user'); // the disc dragged as L3-L4
  await expect(list.locator('li[data-level="L5-S1"]')).toHaveCount(0);
  await expect(viewer.viewport(0).locator('[data-testid="level-label"][data-level="L6-S1"]')).toHaveCount(1);
  await expect(app.page.getByLabel('Disc to mark')).toHaveValue('L6-S1');
  await app.page.screenshot({ path: test.info().outputPath('levels-six-lumbar.png') });
});

test('an arrow placed on an image comes back with its image when shown', async ({ app }) => {
  const viewer = await openAndWait(app);
  const m = demo.manifest;
  const axial = m.series.find((s) => s.key === 'axT2')!;
  const target = m.findings.discExtrusion.axial;
  const index = axial.instances.findIndex((i) => i.sopInstanceUid === target.sopInstanceUid);
  await app.page.keyboard.press('3');
  const current = await viewer.index(2);
  for (let i = 0; i < Math.abs(index - current); i++) await app.page.keyboard.press(index > current ? 'ArrowDown' : 'ArrowUp');
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', target.sopInstanceUid);

  await app.page.keyboard.press('a');
  await expect(viewer.root()).toHaveAttribute('data-placing', 'anchor');
  const fragment = m.findings.discExtrusion.center;
  const at = await viewer.pagePoint(2, manifestImagePoint(axial, axial.instances[index]!, fragment));
  await app.page.mouse.click(at.x, at.y);
  await expect(viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(1);
  await app.page.screenshot({ path: test.info().outputPath('anchor-placed.png') });

  // Away from the image, the arrow is not drawn; showing the anchor brings the image back.
  for (let i = 0; i < 5; i++) await app.page.keyboard.press('ArrowUp');
  await expect(viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(0);
  await app.page.getByTestId('anchor-list').getByRole('button').first().click();
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', target.sopInstanceUid);
  const arrow = viewer.viewport(2).getByTestId('anchor-arrow');
  await expect(arrow).toHaveCount(1);
  await expect(arrow).toHaveClass(/emphasised/);
});
