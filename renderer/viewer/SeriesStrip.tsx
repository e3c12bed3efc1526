import type { KeyboardEvent } from 'react';
import type { SeriesSummary } from '../../shared/ipc/channels/studies.ts';
import { ImageThumbnail } from './thumbnail/ImageThumbnail.tsx';
import { SERIES_DRAG_TYPE } from './ViewportPane.tsx';

interface Props {
  series: readonly SeriesSummary[];
  /** Which slots show each series, by UID. */
  shownIn: ReadonlyMap<string, number[]>;
  activeSlot: number;
  onAssign(slot: number, seriesInstanceUID: string): void;
}

/**
 * The study's image series, to drag onto a viewport. By keyboard: Tab to a series, Enter puts it
 * in the active viewport, 1–4 in that viewport; arrow keys move along the strip.
 */
export function SeriesStrip({ series, shownIn, activeSlot, onAssign }: Props) {
  const images = series.filter((s) => s.isImage);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, uid: string) => {
    const slot = event.key === 'Enter' ? activeSlot : ['1', '2', '3', '4'].indexOf(event.key);
    if (slot >= 0 && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      onAssign(slot, uid);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const buttons = [...(event.currentTarget.parentElement?.querySelectorAll('button') ?? [])];
      const next = buttons[buttons.indexOf(event.currentTarget) + (event.key === 'ArrowDown' ? 1 : -1)];
      next?.focus();
    }
  };
  return (
    <nav className="series-strip" aria-label="Series" data-testid="series-strip">
      {images.map((s) => {
        const slots = shownIn.get(s.seriesInstanceUID) ?? [];
        return (
          <button
            key={s.id}
            type="button"
            className={`strip-item${slots.length > 0 ? ' shown' : ''}`}
            draggable
            data-testid="strip-series"
            data-series-uid={s.seriesInstanceUID}
            title={`${s.description || 'Series'}: drag onto a viewport, or Enter for the active one (1–4 for that one)`}
            onDragStart={(event) => {
              event.dataTransfer.setData(SERIES_DRAG_TYPE, s.seriesInstanceUID);
              event.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => onAssign(activeSlot, s.seriesInstanceUID)}
            onKeyDown={(event) => onKeyDown(event, s.seriesInstanceUID)}
          >
            {s.thumbnailInstanceId !== null ? <ImageThumbnail instanceId={s.thumbnailInstanceId} size={48} fallback={s.plane.slice(0, 3).toUpperCase()} /> : null}
            <span className="strip-text">
              <span className="strip-title">
                {s.number !== null ? `${s.number} ` : ''}
                {s.description || '(no description)'}
              </span>
              <span className="dim">
                {s.plane} {s.weighting} · {s.sliceCount}
              </span>
              {slots.length > 0 && <span className="strip-slots">{slots.map((slot) => `▣${slot + 1}`).join(' ')}</span>}
            </span>
          </button>
        );
      })}
    </nav>
  );
}
