import type { PatientSummary, StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { countOf, formatDicomDate } from '../../app/format.ts';

interface Props {
  patients: PatientSummary[];
  selectedStudyId: number | null;
  onSelect(study: StudySummary): void;
  onOpen(study: StudySummary): void;
}

/** Patients and their studies, newest first; arrow keys move, Enter opens. */
export function StudyList({ patients, selectedStudyId, onSelect, onOpen }: Props) {
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
          patient.studies.map((study, index) => (
            <tr
              key={study.id}
              className={study.id === selectedStudyId ? 'selected' : ''}
              aria-selected={study.id === selectedStudyId}
              data-testid="study-row"
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
          )),
        )}
      </tbody>
    </table>
  );
}
