import type { SeriesSummary } from '../../../shared/ipc/channels/studies.ts';
import { ImageThumbnail } from '../../viewer/thumbnail/ImageThumbnail.tsx';

/** A small preview of the series' middle image; a labelled placeholder for non-image objects. */
export function SeriesThumbnail({ series }: { series: SeriesSummary }) {
  const label = series.isImage ? series.plane.slice(0, 3).toUpperCase() : series.kind.slice(0, 2).toUpperCase();
  return (
    <div className="series-thumbnail" aria-hidden="true" data-testid="series-thumbnail">
      {series.isImage && series.thumbnailInstanceId !== null ? <ImageThumbnail instanceId={series.thumbnailInstanceId} size={96} fallback={label} /> : <span>{label}</span>}
    </div>
  );
}
