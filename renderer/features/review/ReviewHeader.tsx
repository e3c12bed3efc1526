import type { ReviewView } from '../../../shared/ipc/channels/review.ts';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { countOf, formatDicomDate, formatTime } from '../../app/format.ts';
import { ReviewerName } from './ReviewerName.tsx';

const STATUS_TEXT = { draft: 'Draft', final: 'Signed', amended: 'Amended' } as const;

/** Which correlation is reviewed, said plainly: frozen at sign-off, or a draft's live one. */
export function basisText(basis: ReviewView['basis']): string {
  if (basis.kind === 'live') return `Not signed: the live correlation (${basis.ruleset}); labels change as the radiologist edits.`;
  const when = basis.signedAt ? formatTime(basis.signedAt) : '';
  return `The correlation as signed by ${basis.signedBy ?? 'the radiologist'}${when ? ` on ${when}` : ''} (report version ${basis.reportVersion}, ${basis.ruleset}).`;
}

interface Props {
  study: StudySummary;
  view: ReviewView;
  saving: boolean;
  error: string | null;
  onOpenReading(): void;
  onReviewerChanged(): Promise<unknown>;
}

/** Study and patient, what is reviewed (signed or draft), who is reviewing and how far the review has got. */
export function ReviewHeader({ study, view, saving, error, onOpenReading, onReviewerChanged }: Props) {
  const verdicts = view.findings.filter((f) => f.verdict);
  const count = (verdict: string) => verdicts.filter((f) => f.verdict?.verdict === verdict).length;
  const patient = view.document.patient;
  return (
    <header className="case-header review-header">
      <div className="case-line">
        <strong className="study-title">{study.description || 'Study'}</strong>
        <span className="muted">{formatDicomDate(study.date)}</span>
        <span className="muted">{[patient?.age !== undefined ? `${patient.age} y` : '', patient?.sex ?? ''].filter(Boolean).join(' · ')}</span>
        <span className="spacer" />
        <span className={`save-state ${error ? 'error' : saving ? 'saving' : 'saved'}`} role="status" data-testid="review-save-state" data-state={error ? 'error' : saving ? 'saving' : 'saved'}>
          {error ?? (saving ? 'Saving…' : 'Saved')}
        </span>
        <button type="button" onClick={onOpenReading} title="Open this case in the radiologist's reading screen">
          Reading screen
        </button>
      </div>
      <div className="case-line basis-line" data-testid="review-basis" data-basis={view.basis.kind}>
        <span className={`status-badge ${view.basis.kind === 'live' ? 'draft' : 'signed'}`}>{STATUS_TEXT[view.basis.caseStatus]}</span>
        <span>{basisText(view.basis)}</span>
      </div>
      <div className="case-line">
        <ReviewerName reviewer={view.reviewer} onChanged={onReviewerChanged} />
        <span className="muted" data-testid="review-progress">
          {verdicts.length} of {countOf(view.findings.length, 'finding')} reviewed · {count('agree')} agree · {countOf(count('disagree'), 'disagreement')} · {countOf(count('comment'), 'comment')}
        </span>
      </div>
    </header>
  );
}
