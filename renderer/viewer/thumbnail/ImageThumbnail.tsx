import { Enums, imageLoader, imageLoadPoolManager, utilities, type Types } from '@cornerstonejs/core';
import { useEffect, useRef, useState } from 'react';
import { useTransport } from '../../app/TransportContext.tsx';
import { decodedImageProblem } from '../cornerstone/image-check.ts';
import { setUpCornerstone } from '../cornerstone/setup.ts';

interface Props {
  instanceId: number;
  /** CSS pixels, square. */
  size: number;
  /** Shown until the image is drawn, and instead of it when it cannot be. */
  fallback: string;
}

/** Loads (and caches) an image at thumbnail priority: behind what the viewports ask for. */
function loadThumbnailImage(imageId: string): Promise<Types.IImage> {
  const requestType = Enums.RequestType.Thumbnail;
  return new Promise((resolve, reject) => {
    imageLoadPoolManager.addRequest(() => imageLoader.loadAndCacheImage(imageId, { requestType, priority: 0 }).then(resolve, reject), requestType, { imageId }, 0);
  });
}

/** One image drawn small through Cornerstone (fetched by instance id, decoded in the loader's workers). */
export function ImageThumbnail({ instanceId, size, fallback }: Props) {
  const transport = useTransport();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    let live = true;
    setState('loading');
    setUpCornerstone();
    target.width = target.height = Math.round(size * window.devicePixelRatio);
    const imageId = `wadouri:${transport.imageUrl(instanceId)}`;
    loadThumbnailImage(imageId)
      .then((image) => {
        if (decodedImageProblem(image)) throw new Error('undecodable');
        return utilities.loadImageToCanvas({ canvas: target, imageId, useCPURendering: true });
      })
      .then(() => live && setState('ready'))
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
    };
  }, [instanceId, size, transport]);

  return (
    <span className={`image-thumbnail state-${state}`} style={{ width: size, height: size }} data-state={state} title={state === 'failed' ? 'This image could not be shown' : undefined}>
      <canvas ref={canvas} style={{ width: size, height: size }} />
      {state !== 'ready' && <span className="image-thumbnail-text">{state === 'failed' ? `${fallback} ⚠` : fallback}</span>}
    </span>
  );
}
