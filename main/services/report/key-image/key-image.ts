// Key images for the PDF: the anchored slice of each anchored finding, windowed, with an arrow
// on the anchor. What cannot be drawn becomes a placeholder that says why.
import type { Finding } from '../../../../shared/domain/index.ts';
import { findingWords } from '../../../../shared/report/index.ts';
import { AppError } from '../../../../shared/ipc/result.ts';
import type { Db } from '../../store/database.ts';
import { indexedInstance } from '../study-index.ts';
import { drawAnchorArrow } from './arrow.ts';
import { readFrame } from './pixel-frame.ts';
import { encodePng } from './png.ts';
import { chooseWindow, windowToRgb } from './window.ts';

export type KeyImage =
  | { kind: 'image'; findingId: string; caption: string; png: Buffer; width: number; height: number }
  | { kind: 'placeholder'; findingId: string; caption: string; reason: string };

function caption(finding: Finding, seriesDescription: string | null, instanceNumber: number | null): string {
  const where = [seriesDescription, instanceNumber !== null ? `image ${instanceNumber}` : ''].filter(Boolean).join(', ');
  const phrase = findingWords(finding).phrase;
  return `${phrase[0]!.toUpperCase()}${phrase.slice(1)}${where ? ` (${where})` : ''}`;
}

export async function keyImageOf(db: Db, finding: Finding): Promise<KeyImage | null> {
  const anchor = finding.anchor;
  if (!anchor) return null;
  const instance = indexedInstance(db, anchor.sopInstanceUID);
  if (!instance) return { kind: 'placeholder', findingId: finding.id, caption: caption(finding, null, null), reason: 'The anchored image is not in the index (import the study to include it).' };
  const label = caption(finding, instance.seriesDescription, instance.instanceNumber);
  let result;
  try {
    result = await readFrame(db, instance, anchor.frame ?? 0);
  } catch (error) {
    const reason = error instanceof AppError ? error.message : 'The image file could not be read.';
    return { kind: 'placeholder', findingId: finding.id, caption: label, reason };
  }
  if (!result.ok) return { kind: 'placeholder', findingId: finding.id, caption: label, reason: result.reason };
  const { frame } = result;
  const header = instance.windowCenter !== null && instance.windowWidth !== null ? { center: instance.windowCenter, width: instance.windowWidth } : null;
  const rgb = windowToRgb(frame, chooseWindow(frame, header));
  drawAnchorArrow(rgb, frame.width, frame.height, anchor.imagePoint);
  return { kind: 'image', findingId: finding.id, caption: label, png: encodePng(rgb, frame.width, frame.height, 'rgb'), width: frame.width, height: frame.height };
}

/** One key image per anchored finding, in the order given. */
export async function keyImages(db: Db, findings: readonly Finding[]): Promise<KeyImage[]> {
  const images: KeyImage[] = [];
  for (const finding of findings) {
    const image = await keyImageOf(db, finding);
    if (image) images.push(image);
  }
  return images;
}
