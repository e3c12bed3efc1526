import { useEffect, useRef } from 'react';
import type { PatientSummary, StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { countOf, formatDicomDate } from '../../app/format.ts';

interface Props {
  patients: PatientSummary[];
  selectedStudyId: number | null;
  /** Put the keyboard on the selected row once it is shown (coming back to the list); it then follows the selection. */
  focusSelected: boolean;
  onSelect(study: StudySummary): void;
  onOpen(study: StudySummary): void;
}

/** Patients and their studies, newest first; arrow keys move, Enter opens. */
export function StudyList({ patients, selectedStudyId, focusSelected, onSelect, onOpen }: Props) {
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const focusedOnce = useRef(false);

  useEffect(() => {
    const row = selectedRow.current;
    if (!row) return;
    row.scrollIntoView({ block: 'nearest' });
    const keyboardOnList = document.activeElement instanceof HTMLElement && document.activeElement.dataset.testid === 'study-row';
    if (keyboardOnList || (focusSelected && !focusedOnce.current)) {
      focusedOnce.current = true;
      row.focus({ preventScroll: true });
    }
  }, [selectedStudyId, focusSelected, patients]);

  if (patients.length === 0) {
    return <p className="empty-state">No studies yet. Import a folder, a CD's DICOMDIR or single files, or open the demo study.</p>;
  }
  return (
    <table className="dense-table study-list" data-testid="study-list">
      <thead>
        <tr>
          <th>Patient</th>
          <th>Date</th>
          <th>Description</th>
          <th>Modality</th>
          <th>Series</th>
        </tr>
      </thead>
      <tbody>
        {patients.flatMap((patient) =>
          patient.studies.map((study, index) => {
            const selected = study.id === selectedStudyId;
            return (
              <tr
                key={study.id}
                ref={selected ? selectedRow : undefined}
                className={selected ? 'selected' : ''}
                aria-selected={selected}
                tabIndex={selected ? 0 : -1}
                data-testid="study-row"
                data-study-id={study.id}
                onClick={() => onSelect(study)}
                onDoubleClick={() => onOpen(study)}
              >
                <td>
                  {index === 0 ? (
                    <>
                      <span className="patient-name">{patient.name || '(no name)'}</span>
                      <span className="muted">
                        {' '}
                        {patient.patientId} {patient.sex} {formatDicomDate(patient.birthDate)}
                      </span>
                    </>
                  ) : null}
                </td>
                <td>{formatDicomDate(study.date)}</td>
                <td>{study.description || <span className="muted">(no description)</span>}</td>
                <td>{study.modalities.join(', ')}</td>
                <td>{countOf(study.series.length, 'series', 'series')}</td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}
