import type { SeriesSummary } from '../../../shared/ipc/channels/studies.ts';

/** A small preview of the series' middle image; a labelled placeholder for non-image objects. */
export function SeriesThumbnail({ series }: { series: SeriesSummary }) {
  return (
    <div className="series-thumbnail" aria-hidden="true">
      <span>{series.isImage ? series.plane.slice(0, 3).toUpperCase() : series.kind.slice(0, 2).toUpperCase()}</span>
    </div>
  );
}
