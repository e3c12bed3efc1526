import type { KeyImageView } from '../../../shared/ipc/channels/review.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Services } from '../context.ts';
import { keyImageOf } from '../report/key-image/key-image.ts';
import { loadBasis } from './review-basis.ts';

/** The key image of a finding of the reviewed case (anchored as signed), drawn as the report's PDF draws it. */
export async function reviewKeyImage(services: Services, request: { studyInstanceUID: string; findingId: string }): Promise<KeyImageView> {
  const finding = loadBasis(services, request.studyInstanceUID).document.findings.find((f) => f.id === request.findingId);
  if (!finding) throw new AppError('not-found', 'That finding is not in the reviewed case.');
  const image = await keyImageOf(services.db, finding);
  if (!image) return { kind: 'none' };
  if (image.kind === 'placeholder') return { kind: 'placeholder', caption: image.caption, reason: image.reason };
  return { kind: 'image', caption: image.caption, pngBase64: image.png.toString('base64'), width: image.width, height: image.height };
}
