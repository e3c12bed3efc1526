import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoStudy, type DemoStudy } from '../fixtures/phantom/write-demo.ts';
import { expect, test, type AppPage } from './support/app.ts';
import { manifestImagePoint, ViewerPage } from './support/viewer.ts';

// Level labelling and finding arrows on the demo phantom, in the reading screen: the viewer draws
// what the case holds and every change it reports is saved as case data (and comes back).

let root: string;
let demo: DemoStudy;
test.beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-levels-'));
  demo = writeDemoStudy(root);
});
test.afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const MIDLINE = 7;
const disc = (level: string) => demo.manifest.discs.find((d) => d.level === level)!;
const axialSeries = () => demo.manifest.series.find((s) => s.key === 'axT2')!;

async function openAndWait(app: AppPage): Promise<ViewerPage> {
  const viewer = await ViewerPage.open(app, demo.studyDir);
  for (const slot of [0, 1, 2]) await viewer.waitForImage(slot);
  return viewer;
}

function sagittalPoint(point: readonly number[]): [number, number] {
  const sag = demo.manifest.series.find((s) => s.key === 'sagT2')!;
  return manifestImagePoint(sag, sag.instances[MIDLINE]!, point);
}

async function markLumbosacralDisc(app: AppPage, viewer: ViewerPage, lowest = 'L5-S1'): Promise<void> {
  await app.page.keyboard.press('l');
  await expect(viewer.root()).toHaveAttribute('data-placing', 'level');
  await expect(app.page.getByTestId('viewer-status')).toContainText(lowest.replace('-', '–'));
  const at = await viewer.pagePoint(0, sagittalPoint(disc('L5-S1').center));
  await app.page.mouse.click(at.x, at.y);
  await expect(viewer.root()).toHaveAttribute('data-placing', '');
}

const levelRow = (app: AppPage, level: string) => app.page.locator(`[data-testid="level-row"][data-level="${level}"]`);
const label = (viewer: ViewerPage, slot: number, level: string) => viewer.viewport(slot).locator(`[data-testid="level-label"][data-level="${level}"]`);

async function goToAxial(app: AppPage, viewer: ViewerPage, index: number): Promise<void> {
  await viewer.focusKeyboard();
  await app.page.keyboard.press('3');
  const current = await viewer.index(2);
  for (let i = 0; i < Math.abs(index - current); i++) await app.page.keyboard.press(index > current ? 'ArrowDown' : 'ArrowUp');
  await expect(viewer.viewport(2)).toHaveAttribute('data-index', String(index));
}

test('marking L5-S1 proposes the other discs from the image; the case keeps them; the axial names the disc it cuts', async ({ app }) => {
  const viewer = await openAndWait(app);
  await markLumbosacralDisc(app, viewer);

  await expect(levelRow(app, 'L5-S1')).toContainText('labelled');
  await expect(levelRow(app, 'L3-L4')).toContainText('proposed');
  await expect(app.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  for (const slot of [0, 1]) await expect(viewer.viewport(slot).getByTestId('level-label')).toHaveCount(6);
  await expect(label(viewer, 0, 'L5-S1')).toHaveAttribute('data-placed-by', 'user');
  // Each label within 4 mm of its disc (the phantom's ground truth).
  const [x0, y0, cx, , , ry] = (await viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
  const mmPerPx = demo.manifest.series[0]!.pixelSpacing / cx!;
  for (const d of demo.manifest.discs.filter((x) => x.level !== 'S1-S2')) {
    const [column, row] = sagittalPoint(d.center);
    const drawn = { x: Number(await label(viewer, 0, d.level).getAttribute('data-x')), y: Number(await label(viewer, 0, d.level).getAttribute('data-y')) };
    expect(Math.hypot(drawn.x - (x0! + column * cx!), drawn.y - (y0! + row * ry!)) * mmPerPx, d.level).toBeLessThan(4);
  }

  // Choosing a level in the list brings up the axial slice through its label.
  await levelRow(app, 'L4-L5').click();
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', disc('L4-L5').axial!.sopInstanceUid);
  await expect(viewer.viewport(2).getByTestId('axial-level')).toHaveText('L4–L5 disc');
  await goToAxial(app, viewer, (await viewer.index(2)) + 4);
  await expect(viewer.viewport(2).getByTestId('axial-level')).toHaveText('between L3–L4 and L4–L5');
  await app.page.screenshot({ path: test.info().outputPath('levels-proposed.png') });

  // The labels are case data: back after a reload.
  await app.page.reload();
  await app.page.getByTitle('Open for reading (Enter)').click();
  await viewer.waitForImage(0);
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(6);
  await expect(label(viewer, 0, 'L3-L4')).toHaveAttribute('data-placed-by', 'proposed');
});

test('a dragged label becomes the reader’s; after a shift to six lumbar vertebrae, marking again names the discs from the sacrum up', async ({ app }) => {
  const viewer = await openAndWait(app);
  await markLumbosacralDisc(app, viewer);
  const handle = label(viewer, 0, 'L3-L4').locator('circle');
  const box = (await handle.boundingBox())!;
  await viewer.drag({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, { x: box.x + box.width / 2, y: box.y + box.height / 2 + 12 });
  await expect(label(viewer, 0, 'L3-L4')).toHaveAttribute('data-placed-by', 'user');
  await expect(levelRow(app, 'L3-L4')).toContainText('labelled');

  // The case header's count: the lowest disc becomes L6-S1 (its label with it).
  await app.page.getByTestId('anatomy').selectOption('sixth-lumbar');
  await expect(label(viewer, 0, 'L6-S1')).toHaveCount(1);
  await expect(label(viewer, 0, 'L5-S1')).toHaveCount(0);
  await expect(app.page.getByLabel('Disc to mark')).toHaveValue('L6-S1');
  await markLumbosacralDisc(app, viewer, 'L6-S1');
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(7);
  // The disc the phantom calls L4-L5 is now the fifth lumbar disc, L5-L6.
  const expected = sagittalPoint(disc('L4-L5').center);
  const [x0, y0, cx, , , ry] = (await viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
  const drawn = { x: Number(await label(viewer, 0, 'L5-L6').getAttribute('data-x')), y: Number(await label(viewer, 0, 'L5-L6').getAttribute('data-y')) };
  expect(Math.hypot(drawn.x - (x0! + expected[0] * cx!), drawn.y - (y0! + expected[1] * ry!)) * (1.09375 / cx!)).toBeLessThan(4);
  await expect(levelRow(app, 'L5-L6')).toContainText('proposed');
  await app.page.screenshot({ path: test.info().outputPath('levels-six-lumbar.png') });
});

test('a finding anchored on an image comes back with its image when it is selected', async ({ app }) => {
  const viewer = await openAndWait(app);
  const target = demo.manifest.findings.discExtrusion.axial;
  const axial = axialSeries();
  const index = axial.instances.findIndex((i) => i.sopInstanceUid === target.sopInstanceUid);
  await goToAxial(app, viewer, index);

  // A left L4-L5 subarticular extrusion, then its arrow.
  await levelRow(app, 'L4-L5').click();
  await app.page.keyboard.press('a');
  await app.page.getByRole('combobox', { name: /Finding type at L4-L5/ }).fill('left subarticular extrusion');
  await app.page.keyboard.press('Enter');
  await app.page.getByRole('button', { name: 'Anchor on image' }).click();
  await expect(viewer.root()).toHaveAttribute('data-placing', 'anchor');
  const at = await viewer.pagePoint(2, manifestImagePoint(axial, axial.instances[index]!, demo.manifest.findings.discExtrusion.center));
  await app.page.mouse.click(at.x, at.y);
  await expect(viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(1);
  await expect(app.page.getByTestId('finding-row').locator('.anchor-mark')).toHaveCount(1);
  await expect(app.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.page.screenshot({ path: test.info().outputPath('anchor-placed.png') });

  // Away from the image the arrow is not drawn; selecting the finding brings its image back.
  await app.page.keyboard.press('Escape');
  await goToAxial(app, viewer, index + 5);
  await expect(viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(0);
  await levelRow(app, 'L3-L4').click();
  await app.page.getByTestId('finding-row').click();
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', target.sopInstanceUid);
  const arrow = viewer.viewport(2).getByTestId('anchor-arrow');
  await expect(arrow).toHaveCount(1);
  await expect(arrow).toHaveClass(/emphasised/);
});
