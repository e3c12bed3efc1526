import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ImportProgress, PatientSummary, StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { messageOf } from '../../app/errors.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { ImportBar } from './ImportBar.tsx';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { RejectedFiles } from './RejectedFiles.tsx';
import { SeriesGrid } from './SeriesGrid.tsx';
import { StudyList } from './StudyList.tsx';
import { useFileDrop } from './useFileDrop.ts';
import { useImportJob } from './useImportJob.ts';

/** What the study browser keeps while the reader is on another screen. */
export interface StudyBrowserMemory {
  selectedStudyId: number | null;
  importText: string;
}

export const emptyStudyBrowserMemory: StudyBrowserMemory = { selectedStudyId: null, importText: '' };

interface Props {
  demoAvailable: boolean;
  memory: StudyBrowserMemory;
  onMemoryChange(change: Partial<StudyBrowserMemory>): void;
  onOpenStudy(study: StudySummary): void;
}

/** The study browser: import, every patient and study, and the series of the selected study. */
export function StudiesScreen({ demoAvailable, memory, onMemoryChange, onOpenStudy }: Props) {
  const transport = useTransport();
  const [patients, setPatients] = useState<PatientSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Coming back from another screen with a study selected: the keyboard goes back to it.
  const [returning] = useState(memory.selectedStudyId !== null);
  const selectedStudyId = memory.selectedStudyId;
  const select = useCallback((id: number) => onMemoryChange({ selectedStudyId: id }), [onMemoryChange]);

  const refresh = useCallback(() => {
    transport
      .call('studies.list', {})
      .then((list) => {
        setPatients(list);
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(messageOf(e)));
  }, [transport]);

  useEffect(refresh, [refresh]);
  const job = useImportJob((final: ImportProgress) => {
    if (final.firstStudyId !== null) select(final.firstStudyId);
    refresh();
  });
  const [notice, setNotice] = useState<string | null>(null);
  const dropping = useFileDrop(
    (paths) => !job.running && job.startPaths(paths),
    () => setNotice('The browser cannot see where dropped files live on disk: type or paste their folder path instead.'),
  );

  const studies = useMemo(() => (patients ?? []).flatMap((p) => p.studies), [patients]);
  const selected = studies.find((s) => s.id === selectedStudyId) ?? studies[0] ?? null;

  const move = (delta: number) => {
    if (studies.length === 0) return;
    const index = selected ? studies.indexOf(selected) : -1;
    const next = studies[Math.min(studies.length - 1, Math.max(0, index + delta))];
    if (next) select(next.id);
  };

  useShortcuts([
    { keys: 'ArrowDown', description: 'Next study', run: () => move(1) },
    { keys: 'ArrowUp', description: 'Previous study', run: () => move(-1) },
    { keys: 'Enter', description: 'Open the selected study', run: () => selected && onOpenStudy(selected), enabled: selected !== null },
    { keys: 'Escape', description: 'Cancel the running import', run: job.cancel, inInputs: true, enabled: job.running },
  ]);

  const open = (study: StudySummary) => {
    select(study.id);
    onOpenStudy(study);
  };

  return (
    <div className={`studies-screen${dropping ? ' dropping' : ''}`}>
      <div className="studies-left">
        <ImportBar
          busy={job.running}
          demoAvailable={demoAvailable}
          highlightDemo={patients !== null && patients.length === 0}
          text={memory.importText}
          onTextChange={(importText) => onMemoryChange({ importText })}
          onImport={job.startPaths}
          onDemo={job.startDemo}
          onError={setNotice}
        />
        {notice && (
          <p className="error-text" role="alert">
            {notice}
          </p>
        )}
        {job.error && (
          <p className="error-text" role="alert" data-testid="import-error">
            {job.error}
          </p>
        )}
        {job.progress && <ImportProgressBar progress={job.progress} onCancel={job.cancel} />}
        {job.progress && <RejectedFiles jobId={job.progress.jobId} total={job.progress.rejectedCount} reasons={job.progress.rejectedReasons} />}
        {loadError && (
          <p className="error-text" role="alert">
            {loadError}
          </p>
        )}
        {patients && <StudyList patients={patients} selectedStudyId={selected?.id ?? null} focusSelected={returning} onSelect={(study) => select(study.id)} onOpen={open} />}
      </div>
      <div className="studies-right">
        {selected ? (
          <>
            <header className="panel-header">
              <span>{selected.description || 'Study'}</span>
              <button type="button" className="primary" onClick={() => open(selected)} title="Open for reading (Enter)">
                Open <kbd>Enter</kbd>
              </button>
            </header>
            <SeriesGrid study={selected} />
          </>
        ) : (
          <p className="empty-state">Select a study to see its series.</p>
        )}
      </div>
    </div>
  );
}
