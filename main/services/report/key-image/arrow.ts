// The anchor arrow drawn into a key image: a yellow arrow with a dark outline, its tip on the
// anchored point, its shaft on the side of the image with more room.

type Rgb = readonly [number, number, number];

const YELLOW: Rgb = [255, 214, 0];
const OUTLINE: Rgb = [0, 0, 0];

function plot(rgb: Uint8Array, width: number, height: number, x: number, y: number, colour: Rgb): void {
  const px = Math.round(x);
  const py = Math.round(y);
  if (px < 0 || py < 0 || px >= width || py >= height) return;
  const i = (py * width + px) * 3;
  rgb[i] = colour[0];
  rgb[i + 1] = colour[1];
  rgb[i + 2] = colour[2];
}

function disc(rgb: Uint8Array, width: number, height: number, x: number, y: number, radius: number, colour: Rgb): void {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) if (dx * dx + dy * dy <= radius * radius) plot(rgb, width, height, x + dx, y + dy, colour);
  }
}

function line(rgb: Uint8Array, width: number, height: number, from: readonly [number, number], to: readonly [number, number], radius: number, colour: Rgb): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1])));
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    disc(rgb, width, height, from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, radius, colour);
  }
}

/** Draws the arrow in place; `tip` is the anchor's image point, column then row. */
export function drawAnchorArrow(rgb: Uint8Array, width: number, height: number, tip: readonly [number, number]): void {
  const size = Math.max(12, Math.round(Math.min(width, height) * 0.12));
  // Come in from the side with more room, so the shaft stays on the image.
  const dx = tip[0] > width / 2 ? 1 : -1;
  const dy = tip[1] > height / 2 ? 1 : -1;
  const direction: [number, number] = [dx / Math.SQRT2, dy / Math.SQRT2];
  const start: [number, number] = [tip[0] - direction[0] * size, tip[1] - direction[1] * size];
  const head = size * 0.4;
  const back: [number, number] = [tip[0] - direction[0] * head, tip[1] - direction[1] * head];
  const normal: [number, number] = [-direction[1], direction[0]];
  const wingA: [number, number] = [back[0] + normal[0] * head * 0.6, back[1] + normal[1] * head * 0.6];
  const wingB: [number, number] = [back[0] - normal[0] * head * 0.6, back[1] - normal[1] * head * 0.6];
  const thickness = Math.max(1, Math.round(size / 16));
  for (const [radius, colour] of [[thickness + 1, OUTLINE], [thickness, YELLOW]] as const) {
    line(rgb, width, height, start, tip, radius, colour);
    line(rgb, width, height, tip, wingA, radius, colour);
    line(rgb, width, height, tip, wingB, radius, colour);
  }
}
