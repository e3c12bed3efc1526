import { useEffect, useRef, useState, type FormEvent } from 'react';
import { EMPTY_CASE_FILTER, type CaseFilter } from '../../../shared/domain/case-filter.ts';
import { EXPORT_FORMATS, type ExportFormat, type ExportProgress } from '../../../shared/ipc/channels/export.ts';
import { messageOf } from '../../app/errors.ts';
import { countOf } from '../../app/format.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { CaseFilterFields } from './CaseFilterFields.tsx';
import { useExportJob } from './useExportJob.ts';
import './export.css';

const FORMAT_TEXT: Record<ExportFormat, { name: string; detail: string }> = {
  csv: { name: 'CSV', detail: 'one row per finding, and one row per case in the RSNA 2024 columns' },
  jsonl: { name: 'JSON Lines', detail: 'case format v1 with its correlation, one case a line' },
  sr: { name: 'DICOM SR', detail: 'one structured report per case' },
  images: { name: 'Images', detail: 'the DICOM images, de-identified' },
};

const STATE_TEXT: Record<ExportProgress['state'], string> = {
  selecting: 'Selecting cases…',
  exporting: 'Exporting…',
  finishing: 'Writing the manifest…',
  done: 'Export finished',
  cancelled: 'Export cancelled: nothing was left in the destination',
  failed: 'Export failed: nothing was left in the destination',
};

/**
 * The research export (issue 7): the case filters, the formats, how dates, notes and burned-in
 * images are handled, the destination, then progress with cancel and where the manifest is.
 * A modal <dialog>: Tab stays inside, Esc closes it while nothing runs.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const transport = useTransport();
  const desktop = transport.kind === 'electron';
  const dialog = useRef<HTMLDialogElement>(null);
  const [filter, setFilter] = useState<CaseFilter>(EMPTY_CASE_FILTER);
  const [formats, setFormats] = useState<ExportFormat[]>(['csv']);
  const [dates, setDates] = useState<'shift' | 'remove'>('shift');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [includeBurnedIn, setIncludeBurnedIn] = useState(false);
  const [burnedInConfirmed, setBurnedInConfirmed] = useState(false);
  const [project, setProject] = useState('default');
  const [outDir, setOutDir] = useState('');
  const [preview, setPreview] = useState<{ cases: number; findings: number } | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const job = useExportJob();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      transport
        .call('export.preview', { filter })
        .then((value) => current && setPreview(value))
        .catch(() => current && setPreview(null));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [transport, filter]);

  useShortcuts([{ keys: 'Escape', description: 'Cancel the running export', run: () => job.cancel(), inInputs: true, enabled: job.running }]);

  const burnedInReady = !includeBurnedIn || burnedInConfirmed;
  const imagesChosen = formats.includes('images');
  const canStart = !job.running && formats.length > 0 && outDir.trim() !== '' && project.trim() !== '' && burnedInReady;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!canStart) return;
    job.start({ formats, filter, dates, includeNotes, includeBurnedIn: imagesChosen && includeBurnedIn, project: project.trim(), outDir: outDir.trim() });
  }

  async function chooseFolder() {
    setPickError(null);
    try {
      const chosen = await transport.call('desktop.chooseExportFolder', {});
      if (chosen.path) setOutDir(chosen.path);
    } catch (e) {
      setPickError(messageOf(e));
    }
  }

  const progress = job.progress;
  const fraction = progress && progress.casesTotal > 0 ? progress.casesDone / progress.casesTotal : 0;
  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby="export-title"
      data-testid="export-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!job.running) onClose();
      }}
    >
      <form onSubmit={submit}>
        <header className="export-header">
          <h2 id="export-title">Research export</h2>
          <span className="muted">De-identified (DICOM PS3.15 Basic Profile): pseudonyms, no names, IDs or UIDs, no free text unless asked for.</span>
        </header>
        <div className="export-body">
          <fieldset className="export-filters" disabled={job.running}>
            <legend>Which cases</legend>
            <CaseFilterFields filter={filter} onChange={setFilter} idPrefix="export-filter" />
            <p className="export-count" data-testid="export-count" aria-live="polite">
              {preview ? `${countOf(preview.cases, 'case')} and ${countOf(preview.findings, 'finding')} match.` : 'Counting…'}
            </p>
          </fieldset>
          <div className="export-side">
            <fieldset disabled={job.running}>
              <legend>Formats</legend>
              {EXPORT_FORMATS.map((format) => (
                <label key={format} className="option-line">
                  <input type="checkbox" checked={formats.includes(format)} onChange={(e) => setFormats(e.target.checked ? [...formats, format] : formats.filter((f) => f !== format))} />
                    <span>
                    <strong>{FORMAT_TEXT[format].name}</strong> <span className="muted">{FORMAT_TEXT[format].detail}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <fieldset disabled={job.running}>
              <legend>De-identification</legend>
              <label className="option-line">
                <input type="radio" name="dates" checked={dates === 'shift'} onChange={() => setDates('shift')} />
                <span>
                  Shift dates by one offset per patient <span className="muted">(intervals kept)</span>
                </span>
              </label>
              <label className="option-line">
                <input type="radio" name="dates" checked={dates === 'remove'} onChange={() => setDates('remove')} />
                Remove dates, keep the age
              </label>
              <label className="option-line">
                <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
                <span>
                  Include free-text notes <span className="muted">(may name people: off by default)</span>
                </span>
              </label>
              <label className={`option-line${imagesChosen ? '' : ' muted'}`}>
                <input type="checkbox" disabled={!imagesChosen} checked={includeBurnedIn} onChange={(e) => { setIncludeBurnedIn(e.target.checked); setBurnedInConfirmed(false); }} />
                <span>
                  Include images that may show burned-in text <span className="muted">(secondary captures, burned-in annotation)</span>
                </span>
              </label>
              {imagesChosen && includeBurnedIn && (
                <label className="option-line warning" data-testid="burned-in-confirmation">
                  <input type="checkbox" checked={burnedInConfirmed} onChange={(e) => setBurnedInConfirmed(e.target.checked)} />
                  I confirm these images will be checked for names and IDs in their pixels before they are shared.
                </label>
              )}
              <label className="option-line" htmlFor="export-project">
                Project
                <input id="export-project" type="text" value={project} onChange={(e) => setProject(e.target.value)} spellCheck={false} />
              </label>
              <p className="muted small">Pseudonyms stay the same within a project; its key never leaves this computer.</p>
            </fieldset>
            <fieldset disabled={job.running}>
              <legend>Destination</legend>
              <div className="destination">
                {desktop && (
                  <button type="button" onClick={() => void chooseFolder()}>
                    Choose folder…
                  </button>
                )}
                <label htmlFor="export-out" className="visually-hidden">
                  New folder to export into
                </label>
                <input id="export-out" type="text" value={outDir} onChange={(e) => setOutDir(e.target.value)} placeholder="New folder to create, e.g. /home/me/exports/cohort-1" spellCheck={false} autoComplete="off" />
              </div>
              {pickError && <p className="error-text">{pickError}</p>}
            </fieldset>
          </div>
        </div>

        {(progress || job.error) && (
          <section className={`export-progress state-${progress?.state ?? 'failed'}`} data-testid="export-progress" data-state={progress?.state ?? 'failed'} aria-live="polite">
            {progress && (
              <>
                <div className="export-progress-line">
                  <strong>{STATE_TEXT[progress.state]}</strong>
                  <span>
                    {progress.casesDone.toLocaleString()} / {progress.casesTotal.toLocaleString()} cases · {countOf(progress.counts.images, 'image')}
                  </span>
                </div>
                <progress max={1} value={progress.state === 'selecting' ? undefined : progress.state === 'done' ? 1 : fraction} aria-label="Cases exported" />
              </>
            )}
            {progress?.state === 'done' && progress.result && (
              <div className="export-result" data-testid="export-result">
                <p>
                  {countOf(progress.result.counts.cases, 'case')}, {countOf(progress.result.counts.findings, 'finding')}, {countOf(progress.result.counts.images, 'image')}, {countOf(progress.result.counts.structuredReports, 'structured report')} in {countOf(progress.result.files, 'file')}.
                  {progress.result.counts.skippedBurnedIn + progress.result.counts.skippedSecondaryCapture > 0 &&
                    ` ${countOf(progress.result.counts.skippedBurnedIn + progress.result.counts.skippedSecondaryCapture, 'image')} that may show burned-in text left out.`}
                </p>
                <p>
                  Manifest: <code data-testid="export-manifest-path">{progress.result.manifestPath}</code>
                </p>
              </div>
            )}
            {progress?.message && <p className="error-text">{progress.message}</p>}
            {job.error && <p className="error-text">{job.error}</p>}
          </section>
        )}

        <footer className="export-footer">
          {!burnedInReady && <span className="muted">Confirm the burned-in images, or untick them.</span>}
          <span className="spacer" />
          {job.running ? (
            <button type="button" onClick={job.cancel}>
              Cancel export <kbd>Esc</kbd>
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              Close
            </button>
          )}
          <button type="submit" className="primary" disabled={!canStart}>
            Export
          </button>
        </footer>
      </form>
    </dialog>
  );
}
