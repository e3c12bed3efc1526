import { useEffect, useState } from 'react';
import type { KeyImageView } from '../../../shared/ipc/channels/review.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';

/** Key images already drawn this session, by study and finding: going back to a finding shows its image at once. */
const drawn = new Map<string, KeyImageView>();

/** The finding's anchored slice as the report's PDF draws it: windowed, with the arrow on the anchor. */
export function KeyImage({ studyInstanceUID, findingId }: { studyInstanceUID: string; findingId: string }) {
  const transport = useTransport();
  const key = `${studyInstanceUID}\0${findingId}`;
  const [image, setImage] = useState<KeyImageView | null>(drawn.get(key) ?? null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const known = drawn.get(key);
    setImage(known ?? null);
    setError(null);
    if (known) return;
    let live = true;
    transport
      .call('review.keyImage', { studyInstanceUID, findingId })
      .then((result) => {
        drawn.set(key, result);
        if (live) setImage(result);
      })
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [transport, key, studyInstanceUID, findingId]);

  if (error) return <p className="key-image-missing error-text">{error}</p>;
  if (!image) return <div className="key-image loading" aria-busy="true" />;
  if (image.kind === 'none') return <p className="key-image-missing muted">No key image: the finding is not anchored on an image.</p>;
  if (image.kind === 'placeholder') {
    return (
      <p className="key-image-missing muted" data-testid="key-image-placeholder">
        {image.caption}: {image.reason}
      </p>
    );
  }
  return (
    <figure className="key-image" data-testid="key-image">
      <img src={`data:image/png;base64,${image.pngBase64}`} width={image.width} height={image.height} alt={`Key image: ${image.caption}`} />
      <figcaption className="muted">{image.caption}</figcaption>
    </figure>
  );
}
