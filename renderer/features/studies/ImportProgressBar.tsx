import type { ImportProgress } from '../../../shared/ipc/channels/studies.ts';
import { countOf } from '../../app/format.ts';

const STATE_WORDS: Record<ImportProgress['state'], string> = {
  scanning: 'Looking for files…',
  importing: 'Importing…',
  done: 'Import finished',
  cancelled: 'Import cancelled',
  failed: 'Import failed',
};


export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }) {
  const running = progress.state === 'scanning' || progress.state === 'importing';
  const fraction = progress.filesFound > 0 ? progress.filesProcessed / progress.filesFound : 0;
  return (
    <section className={`import-progress state-${progress.state}`} aria-label="Import progress" data-testid="import-progress" data-state={progress.state}>
      <div className="import-progress-line">
        <strong>{STATE_WORDS[progress.state]}</strong>
        <span data-testid="import-counts">
          {progress.filesProcessed.toLocaleString()} / {progress.filesFound.toLocaleString()} files · {countOf(progress.studies, 'study', 'studies')} · {countOf(progress.series, 'series', 'series')} ·{' '}
          {countOf(progress.instances, 'image')}
          {progress.unchanged > 0 ? ` · ${progress.unchanged.toLocaleString()} already imported` : ''}
          {progress.rejectedCount > 0 ? ` · ${countOf(progress.rejectedCount, 'file')} not imported` : ''}
        </span>
        {running && (
          <button type="button" onClick={onCancel} title="Cancel the import (Esc)">
            Cancel <kbd>Esc</kbd>
          </button>
        )}
      </div>
      <progress max={1} value={running && progress.state === 'scanning' ? undefined : fraction} aria-label="Files processed" />
      {progress.message && <p className="error-text">{progress.message}</p>}
    </section>
  );
}
