import { DemoReading, useDemoStudy } from './support/demo-reading.ts';
import { expect, test } from './support/app.ts';
import { failOnPageErrors } from './support/page-errors.ts';

// Level labelling and finding arrows on the demo phantom, in the reading screen: the viewer draws
// what the case holds and every change it reports is saved as case data (and comes back).

const demoStudy = useDemoStudy();
failOnPageErrors();

test('marking L5-S1 proposes the other discs from the image; the case keeps them; the axial names the disc it cuts', async ({ app }) => {
  const reading = await DemoReading.open(app, demoStudy());
  const { viewer, demo } = reading;
  await reading.markLumbosacralDisc();

  await expect(reading.levelRow('L5-S1')).toContainText('labelled');
  await expect(reading.levelRow('L3-L4')).toContainText('proposed');
  await expect(app.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  for (const slot of [0, 1]) await expect(viewer.viewport(slot).getByTestId('level-label')).toHaveCount(6);
  await expect(reading.label(0, 'L5-S1')).toHaveAttribute('data-placed-by', 'user');
  // Each label within 4 mm of its disc (the phantom's ground truth).
  const [x0, y0, cx, , , ry] = (await viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
  const mmPerPx = demo.manifest.series[0]!.pixelSpacing / cx!;
  for (const d of demo.manifest.discs.filter((x) => x.level !== 'S1-S2')) {
    const [column, row] = reading.sagittalPoint(d.center);
    const drawn = { x: Number(await reading.label(0, d.level).getAttribute('data-x')), y: Number(await reading.label(0, d.level).getAttribute('data-y')) };
    expect(Math.hypot(drawn.x - (x0! + column * cx!), drawn.y - (y0! + row * ry!)) * mmPerPx, d.level).toBeLessThan(4);
  }

  // Choosing a level in the list brings up the axial slice through its label.
  await reading.levelRow('L4-L5').click();
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', reading.disc('L4-L5').axial!.sopInstanceUid);
  await expect(viewer.viewport(2).getByTestId('axial-level')).toHaveText('L4–L5 disc');
  await reading.goToAxial((await viewer.index(2)) + 4);
  await expect(viewer.viewport(2).getByTestId('axial-level')).toHaveText('between L3–L4 and L4–L5');
  await app.page.screenshot({ path: test.info().outputPath('levels-proposed.png') });

  // The labels are case data: back after a reload.
  await app.page.reload();
  await app.page.getByTitle('Open for reading (Enter)').click();
  await viewer.waitForImage(0);
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(6);
  await expect(reading.label(0, 'L3-L4')).toHaveAttribute('data-placed-by', 'proposed');
});

test('a dragged label becomes the reader’s; after a shift to six lumbar vertebrae, marking again names the discs from the sacrum up', async ({ app }) => {
  const reading = await DemoReading.open(app, demoStudy());
  const { viewer } = reading;
  await reading.markLumbosacralDisc();
  const handle = reading.label(0, 'L3-L4').locator('circle');
  const box = (await handle.boundingBox())!;
  await viewer.drag({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, { x: box.x + box.width / 2, y: box.y + box.height / 2 + 12 });
  await expect(reading.label(0, 'L3-L4')).toHaveAttribute('data-placed-by', 'user');
  await expect(reading.levelRow('L3-L4')).toContainText('labelled');

  // The case header's count: the lowest disc becomes L6-S1 (its label with it).
  await app.page.getByTestId('anatomy').selectOption('sixth-lumbar');
  await expect(reading.label(0, 'L6-S1')).toHaveCount(1);
  await expect(reading.label(0, 'L5-S1')).toHaveCount(0);
  await expect(app.page.getByLabel('Disc to mark')).toHaveValue('L6-S1');
  await reading.markLumbosacralDisc('L6-S1');
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(7);
  // The disc the phantom calls L4-L5 is now the fifth lumbar disc, L5-L6.
  const expected = reading.sagittalPoint(reading.disc('L4-L5').center);
  const [x0, y0, cx, , , ry] = (await viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
  const drawn = { x: Number(await reading.label(0, 'L5-L6').getAttribute('data-x')), y: Number(await reading.label(0, 'L5-L6').getAttribute('data-y')) };
  expect(Math.hypot(drawn.x - (x0! + expected[0] * cx!), drawn.y - (y0! + expected[1] * ry!)) * (1.09375 / cx!)).toBeLessThan(4);
  await expect(reading.levelRow('L5-L6')).toContainText('proposed');
  await app.page.screenshot({ path: test.info().outputPath('levels-six-lumbar.png') });
});

test('a finding anchored on an image comes back with its image when it is selected', async ({ app }) => {
  const reading = await DemoReading.open(app, demoStudy());
  const { viewer } = reading;

  // A left L4-L5 subarticular extrusion, then its arrow.
  await reading.goToExtrusionSlice();
  await reading.levelRow('L4-L5').click();
  await app.page.keyboard.press('a');
  await app.page.getByRole('combobox', { name: /Finding type at L4-L5/ }).fill('left subarticular extrusion');
  await app.page.keyboard.press('Enter');
  const anchoredOn = await reading.anchorOnExtrusion();
  await expect(app.page.getByTestId('finding-row').locator('.anchor-mark')).toHaveCount(1);
  await expect(app.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await app.page.screenshot({ path: test.info().outputPath('anchor-placed.png') });

  // Away from the image the arrow is not drawn; selecting the finding brings its image back.
  await app.page.keyboard.press('Escape');
  await reading.goToAxial((await viewer.index(2)) + 5);
  await expect(viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(0);
  await reading.levelRow('L3-L4').click();
  await app.page.getByTestId('finding-row').click();
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', anchoredOn);
  const arrow = viewer.viewport(2).getByTestId('anchor-arrow');
  await expect(arrow).toHaveCount(1);
  await expect(arrow).toHaveClass(/emphasised/);
});
