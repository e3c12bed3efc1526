import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { countOf } from '../../app/format.ts';
import { SeriesThumbnail } from './SeriesThumbnail.tsx';

/** The series of one study with how the import classified each. */
export function SeriesGrid({ study }: { study: StudySummary }) {
  return (
    <section className="series-grid" aria-label="Series" data-testid="series-grid">
      {study.series.map((series) => (
        <article key={series.id} className="series-card" data-testid="series-card" data-plane={series.plane} data-weighting={series.weighting}>
          <SeriesThumbnail series={series} />
          <div className="series-text">
            <div className="series-title" title={series.description}>
              {series.number !== null ? `${series.number} · ` : ''}
              {series.description || '(no description)'}
            </div>
            {series.isImage ? (
              <>
                <div className="badges">
                  <span className="badge">{series.plane}</span>
                  <span className="badge">{series.weighting}</span>
                  <span className="badge">{series.modality}</span>
                </div>
                <div className="muted">
                  {countOf(series.sliceCount, 'slice')}
                  {series.sliceSpacingMm !== null ? ` · ${series.sliceSpacingMm.toFixed(1)} mm` : ''}
                  {series.rows !== null && series.columns !== null ? ` · ${series.columns}×${series.rows}` : ''}
                </div>
              </>
            ) : (
              <div className="muted">
                {series.kind} · {countOf(series.instanceCount, 'object')}
              </div>
            )}
          </div>
        </article>
      ))}
    </section>
  );
}
