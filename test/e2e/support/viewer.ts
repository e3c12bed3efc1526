import type { Locator, Page } from '@playwright/test';
import { expect, type AppPage } from './app.ts';

/** The reading viewer as a test drives it: viewports found by slot, waits on the data- state they publish. */
export class ViewerPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Imports a folder from the UI, then opens its (only) study for reading. */
  static async open(app: AppPage, folder: string): Promise<ViewerPage> {
    await app.open();
    await app.importPath(folder);
    await app.waitForImport('done');
    await app.page.getByTitle('Open for reading (Enter)').click();
    const viewer = new ViewerPage(app.page);
    await expect(viewer.root()).toBeVisible();
    return viewer;
  }

  /** Puts the keyboard on the images (V), as a reader does before scrolling with the arrows. */
  async focusKeyboard(): Promise<void> {
    await this.page.keyboard.press('v');
    await expect(this.root()).toHaveAttribute('data-keyboard', 'true');
  }

  root(): Locator {
    return this.page.getByTestId('viewer');
  }

  viewport(slot: number): Locator {
    return this.page.locator(`[data-testid="viewport"][data-slot="${slot}"]`);
  }

  /** Waits until a viewport shows an image (index set, rendered at least once, no error). */
  async waitForImage(slot: number): Promise<void> {
    const vp = this.viewport(slot);
    await expect(vp).not.toHaveAttribute('data-index', '-1', { timeout: 30_000 });
    await expect(vp).not.toHaveAttribute('data-views', '0', { timeout: 30_000 });
    await expect(vp).toHaveAttribute('data-image-to-canvas', /\d/, { timeout: 30_000 });
    await expect(vp).toHaveAttribute('data-error', '');
  }

  /**
   * Waits until the image fills its viewport along one side (as after a reset or a layout
   * change, which re-fit the image once the viewport has its new size).
   */
  async waitForFit(slot: number, rows: number, columns: number): Promise<void> {
    const vp = this.viewport(slot);
    await expect
      .poll(async () => {
        const [, , cx, , , ry] = (await vp.getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
        const box = (await vp.boundingBox())!;
        return Math.min(Math.abs(columns * cx! - box.width), Math.abs(rows * ry! - box.height)) < 2;
      })
      .toBe(true);
  }

  /**
   * Drags with the left button from one page point to another, as a hand does: the pointer
   * arrives before the press, and two frames pass before the release (Chromium delivers pointer
   * moves once per frame), so the tool sees both ends.
   */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const twoFrames = () => this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await this.page.mouse.move(from.x - 5, from.y - 5);
    await this.page.mouse.move(from.x, from.y, { steps: 3 });
    await twoFrames();
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 10 });
    await this.page.mouse.move(to.x, to.y);
    await twoFrames();
    await this.page.mouse.up();
  }

  /** The keyboard's crosshair (T) on a viewport. */
  crosshair(slot: number): Locator {
    return this.viewport(slot).getByTestId('keyboard-crosshair');
  }

  /**
   * Moves the keyboard's crosshair onto an image point ([column, row]) with the arrow keys, as a
   * reader would: Shift+arrows for ten steps at a time, then single steps (one image pixel each).
   */
  async moveCrosshairTo(slot: number, imagePoint: readonly [number, number]): Promise<void> {
    const [x0, y0, cx, cy, rx, ry] = (await this.viewport(slot).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as [number, number, number, number, number, number];
    const target = [x0 + imagePoint[0] * cx + imagePoint[1] * rx, y0 + imagePoint[0] * cy + imagePoint[1] * ry] as const;
    const step = Math.max(1, Math.hypot(cx, cy));
    const crosshair = this.crosshair(slot);
    const at = async () => [Number(await crosshair.getAttribute('data-x')), Number(await crosshair.getAttribute('data-y'))] as const;
    const start = await at();
    for (const [axis, back, on] of [[0, 'ArrowLeft', 'ArrowRight'], [1, 'ArrowUp', 'ArrowDown']] as const) {
      const steps = Math.round((target[axis] - start[axis]) / step);
      const key = steps < 0 ? back : on;
      for (let i = 0; i < Math.floor(Math.abs(steps) / 10); i++) await this.page.keyboard.press(`Shift+${key}`);
      for (let i = 0; i < Math.abs(steps) % 10; i++) await this.page.keyboard.press(key);
    }
    await expect.poll(async () => Math.max(...(await at()).map((v, i) => Math.abs(v - target[i]!)))).toBeLessThanOrEqual(step / 2 + 0.1);
  }

  async index(slot: number): Promise<number> {
    return Number(await this.viewport(slot).getAttribute('data-index'));
  }

  /** Page coordinates of an image point ([column, row], SCOORD convention) in a viewport. */
  async pagePoint(slot: number, imagePoint: readonly [number, number]): Promise<{ x: number; y: number }> {
    const vp = this.viewport(slot);
    const transform = (await vp.getAttribute('data-image-to-canvas'))!.split(',').map(Number) as [number, number, number, number, number, number];
    const box = (await vp.boundingBox())!;
    const [x0, y0, cx, cy, rx, ry] = transform;
    return { x: box.x + x0 + imagePoint[0] * cx + imagePoint[1] * rx, y: box.y + y0 + imagePoint[0] * cy + imagePoint[1] * ry };
  }
}

/** An image point ([column, row], SCOORD convention) of a patient point on an instance of the demo manifest. */
export function manifestImagePoint(
  series: { imageOrientationPatient: number[]; pixelSpacing: number },
  instance: { imagePositionPatient: number[] },
  point: readonly number[],
): [number, number] {
  const o = series.imageOrientationPatient;
  const d = [0, 1, 2].map((i) => point[i]! - instance.imagePositionPatient[i]!);
  const along = (k: number) => (d[0]! * o[k]! + d[1]! * o[k + 1]! + d[2]! * o[k + 2]!) / series.pixelSpacing + 0.5;
  return [along(0), along(3)];
}
