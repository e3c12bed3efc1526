import { formatTime } from '../../app/format.ts';
import type { RefObject } from 'react';
import { LABEL_TEXT, LABELS, type Label } from '../../../shared/correlation/output.ts';
import type { ReviewFinding } from '../../../shared/ipc/channels/review.ts';
import { VERDICT_TEXT, VERDICTS, type Verdict, type VerdictInput, verdictProblem } from '../../../shared/review/verdict.ts';

/** What the physician is writing for the selected finding before it is recorded. */
export interface VerdictDraft {
  verdict: Verdict | null;
  label: Label | null;
  comment: string;
}

export function draftOf(finding: ReviewFinding): VerdictDraft {
  return { verdict: finding.verdict?.verdict ?? null, label: finding.verdict?.label ?? null, comment: finding.verdict?.comment ?? '' };
}

/** The draft as a verdict to record, or why it cannot be one yet. */
export function inputOf(draft: VerdictDraft, reviewedLabel: Label): { input: VerdictInput | null; problem: string | null } {
  if (!draft.verdict) return { input: null, problem: 'Choose agree, disagree or comment.' };
  const input: VerdictInput = {
    verdict: draft.verdict,
    ...(draft.verdict === 'disagree' && draft.label ? { label: draft.label } : {}),
    ...(draft.comment.trim() ? { comment: draft.comment.trim() } : {}),
  };
  const problem = verdictProblem(input, reviewedLabel);
  return problem ? { input: null, problem } : { input, problem: null };
}

const KEYS: Readonly<Record<Verdict, string>> = { agree: 'A', disagree: 'X', comment: 'C' };

interface Props {
  finding: ReviewFinding;
  draft: VerdictDraft;
  onDraft(draft: VerdictDraft): void;
  onRecord(input: VerdictInput): void;
  labelRef: RefObject<HTMLSelectElement | null>;
  commentRef: RefObject<HTMLTextAreaElement | null>;
}

/** Agree, disagree with the label you would give, or comment — recorded with your name and the time. */
export function VerdictForm({ finding, draft, onDraft, onRecord, labelRef, commentRef }: Props) {
  const { input, problem } = inputOf(draft, finding.label);
  const recorded = finding.verdict;
  const unchanged = recorded !== null && recorded.verdict === draft.verdict && (recorded.label ?? null) === (draft.verdict === 'disagree' ? draft.label : null) && (recorded.comment ?? '') === draft.comment.trim();
  return (
    <form
      className="verdict-form"
      data-testid="verdict-form"
      aria-label="Verdict"
      onSubmit={(event) => {
        event.preventDefault();
        if (input) onRecord(input);
      }}
    >
      <div className="verdict-line">
        <fieldset className="segmented verdict-choice">
          <legend className="visually-hidden">Verdict on this finding</legend>
          {VERDICTS.map((verdict) => (
            <label key={verdict} className={draft.verdict === verdict ? 'checked' : ''}>
              <input type="radio" name="verdict" checked={draft.verdict === verdict} onChange={() => onDraft({ ...draft, verdict })} aria-label={VERDICT_TEXT[verdict]} />
              <span>
                {VERDICT_TEXT[verdict]} <kbd>{KEYS[verdict]}</kbd>
              </span>
            </label>
          ))}
        </fieldset>
        {draft.verdict === 'disagree' && (
          <select
            ref={labelRef}
            aria-label="The label you would give"
            value={draft.label ?? ''}
            onChange={(e) => onDraft({ ...draft, label: (e.target.value || null) as Label | null })}
            data-testid="disagree-label"
          >
            <option value="">Label you would give…</option>
            {[...LABELS].reverse().filter((label) => label !== finding.label).map((label) => (
              <option key={label} value={label}>
                {LABEL_TEXT[label]}
              </option>
            ))}
          </select>
        )}
      </div>
      <textarea
        ref={commentRef}
        rows={2}
        aria-label="Comment on this finding"
        placeholder={draft.verdict === 'comment' ? 'Comment' : 'Comment (optional)'}
        value={draft.comment}
        onChange={(e) => onDraft({ ...draft, comment: e.target.value })}
      />
      <div className="verdict-line">
        <button type="submit" className="primary" disabled={!input || unchanged}>
          Record verdict <kbd>Ctrl+Enter</kbd>
        </button>
        {problem && draft.verdict && <span className="muted">{problem}</span>}
        {recorded && (
          <span className="muted recorded" data-testid="verdict-recorded">
            {unchanged ? 'Recorded' : 'Last recorded'}: {VERDICT_TEXT[recorded.verdict]}
            {recorded.label ? ` → ${LABEL_TEXT[recorded.label]}` : ''} · {recorded.author} · {formatTime(recorded.at)}
          </span>
        )}
      </div>
    </form>
  );
}
