import { utilities } from '@cornerstonejs/core';
import { useEffect, useRef, useState } from 'react';
import { useTransport } from '../../app/TransportContext.tsx';
import { setUpCornerstone } from '../cornerstone/setup.ts';

interface Props {
  instanceId: number;
  /** CSS pixels, square. */
  size: number;
  /** Shown until the image is drawn, and instead of it when it cannot be. */
  fallback: string;
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
    utilities
      .loadImageToCanvas({ canvas: target, imageId: `wadouri:${transport.imageUrl(instanceId)}`, useCPURendering: true })
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
