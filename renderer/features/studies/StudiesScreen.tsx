import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PatientSummary, StudySummary } from '../../../shared/ipc/channels/studies.ts';
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

interface Props {
  demoAvailable: boolean;
  onOpenStudy(study: StudySummary): void;
}

/** The study browser: import, every patient and study, and the series of the selected study. */
export function StudiesScreen({ demoAvailable, onOpenStudy }: Props) {
  const transport = useTransport();
  const [patients, setPatients] = useState<PatientSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selectedStudyId, setSelectedStudyId] = useState<number | null>(null);

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
  const job = useImportJob(refresh);
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
    if (next) setSelectedStudyId(next.id);
  };

  useShortcuts([
    { keys: 'ArrowDown', description: 'Next study', run: () => move(1) },
    { keys: 'ArrowUp', description: 'Previous study', run: () => move(-1) },
    { keys: 'Enter', description: 'Open the selected study', run: () => selected && onOpenStudy(selected), enabled: selected !== null },
    { keys: 'Escape', description: 'Cancel the running import', run: job.cancel, inInputs: true, enabled: job.running },
  ]);

  return (
    <div className={`studies-screen${dropping ? ' dropping' : ''}`}>
      <div className="studies-left">
        <ImportBar
          busy={job.running}
          demoAvailable={demoAvailable}
          highlightDemo={patients !== null && patients.length === 0}
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
          <p className="error-text" role="alert">
            {job.error}
          </p>
        )}
        {job.progress && <ImportProgressBar progress={job.progress} onCancel={job.cancel} />}
        {job.progress && <RejectedFiles files={job.progress.rejected} />}
        {loadError && (
          <p className="error-text" role="alert">
            {loadError}
          </p>
        )}
        {patients && (
          <StudyList
            patients={patients}
            selectedStudyId={selected?.id ?? null}
            onSelect={(study) => setSelectedStudyId(study.id)}
            onOpen={onOpenStudy}
          />
        )}
      </div>
      <div className="studies-right">
        {selected ? (
          <>
            <header className="panel-header">
              <span>{selected.description || 'Study'}</span>
              <button type="button" className="primary" onClick={() => onOpenStudy(selected)} title="Open for reading (Enter)">
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
