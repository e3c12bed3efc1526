import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoStudy, type DemoStudy } from '../../fixtures/phantom/write-demo.ts';
import { expect, test, type AppPage } from './app.ts';
import { manifestImagePoint, ViewerPage } from './viewer.ts';

/** The midline slice of the demo's sagittal series. */
export const MIDLINE = 7;

/** Writes the demo phantom once for the spec file that calls this, and removes it afterwards. */
export function useDemoStudy(): () => DemoStudy {
  let root = '';
  let demo: DemoStudy | null = null;
  test.beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-demo-'));
    demo = writeDemoStudy(root);
  });
  test.afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  return () => {
    if (!demo) throw new Error('useDemoStudy(): the demo is written in beforeAll');
    return demo;
  };
}

/**
 * Writes the demo phantom into `folder` and imports it; then, before the viewer reads it, changes
 * the file of axial slice 15 (0-based: the slice after the one the axial viewport opens on) and
 * opens the study. The axial viewport shows its first image.
 */
export async function openDemoWithChangedAxialFile(app: AppPage, folder: string): Promise<ViewerPage> {
  const demo = writeDemoStudy(folder);
  const axial = demo.manifest.series.find((s) => s.key === 'axT2')!;
  await app.open();
  await app.importPath(demo.studyDir);
  await app.waitForImport('done');
  fs.appendFileSync(path.join(demo.dir, axial.instances[15]!.file), Buffer.from([0]));
  await app.page.getByTitle('Open for reading (Enter)').click();
  const viewer = new ViewerPage(app.page);
  await viewer.waitForImage(2);
  return viewer;
}

/** Reading the demo phantom in the reading screen, with its ground truth from the manifest. */
export class DemoReading {
  readonly app: AppPage;
  readonly demo: DemoStudy;
  readonly viewer: ViewerPage;

  private constructor(app: AppPage, demo: DemoStudy, viewer: ViewerPage) {
    this.app = app;
    this.demo = demo;
    this.viewer = viewer;
  }

  /** Imports the demo through the UI, opens it and waits for the three hung viewports. */
  static async open(app: AppPage, demo: DemoStudy): Promise<DemoReading> {
    const viewer = await ViewerPage.open(app, demo.studyDir);
    for (const slot of [0, 1, 2]) await viewer.waitForImage(slot);
    return new DemoReading(app, demo, viewer);
  }

  disc(level: string) {
    return this.demo.manifest.discs.find((d) => d.level === level)!;
  }

  axialSeries() {
    return this.demo.manifest.series.find((s) => s.key === 'axT2')!;
  }

  sagittalPoint(point: readonly number[]): [number, number] {
    const sag = this.demo.manifest.series.find((s) => s.key === 'sagT2')!;
    return manifestImagePoint(sag, sag.instances[MIDLINE]!, point);
  }

  levelRow(level: string) {
    return this.app.page.locator(`[data-testid="level-row"][data-level="${level}"]`);
  }

  label(slot: number, level: string) {
    return this.viewer.viewport(slot).locator(`[data-testid="level-label"][data-level="${level}"]`);
  }

  /** Presses L and clicks the lumbosacral disc on the midline sagittal: the others are proposed. */
  async markLumbosacralDisc(lowest = 'L5-S1'): Promise<void> {
    const page = this.app.page;
    await page.keyboard.press('l');
    await expect(this.viewer.root()).toHaveAttribute('data-placing', 'level');
    await expect(page.getByTestId('viewer-status')).toContainText(lowest.replace('-', '–'));
    const at = await this.viewer.pagePoint(0, this.sagittalPoint(this.disc('L5-S1').center));
    await page.mouse.click(at.x, at.y);
    await expect(this.viewer.root()).toHaveAttribute('data-placing', '');
  }

  /** Scrolls the axial viewport to slice `index` with the keyboard. */
  async goToAxial(index: number): Promise<void> {
    await this.viewer.focusKeyboard();
    await this.app.page.keyboard.press('3');
    const current = await this.viewer.index(2);
    for (let i = 0; i < Math.abs(index - current); i++) await this.app.page.keyboard.press(index > current ? 'ArrowDown' : 'ArrowUp');
    await expect(this.viewer.viewport(2)).toHaveAttribute('data-index', String(index));
  }

  private extrusionSlice(): number {
    const target = this.demo.manifest.findings.discExtrusion.axial;
    return this.axialSeries().instances.findIndex((i) => i.sopInstanceUid === target.sopInstanceUid);
  }

  /** Scrolls the axial viewport to the slice that shows the left L4–L5 extrusion. */
  async goToExtrusionSlice(): Promise<void> {
    await this.goToAxial(this.extrusionSlice());
  }

  /**
   * Places the selected finding's arrow at the extrusion's centre as seen on the axial slice the
   * viewer shows now (goToExtrusionSlice, or the L4–L5 disc slice a level click brings up).
   * Returns the slice's SOP Instance UID.
   */
  async anchorOnExtrusion(): Promise<string> {
    const axial = this.axialSeries();
    const index = await this.viewer.index(2);
    const slice = axial.instances[index]!;
    await this.app.page.getByRole('button', { name: /Anchor on image|Re-anchor/ }).click();
    await expect(this.viewer.root()).toHaveAttribute('data-placing', 'anchor');
    const at = await this.viewer.pagePoint(2, manifestImagePoint(axial, slice, this.demo.manifest.findings.discExtrusion.center));
    await this.app.page.mouse.click(at.x, at.y);
    await expect(this.viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(1);
    return slice.sopInstanceUid;
  }
}
