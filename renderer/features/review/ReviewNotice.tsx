import './review.css';
import { useEffect, useState } from 'react';
import { LABEL_TEXT } from '../../../shared/correlation/output.ts';
import type { ReviewSummary } from '../../../shared/ipc/channels/review.ts';
import { VERDICT_TEXT } from '../../../shared/review/verdict.ts';
import { countOf, formatTime } from '../../app/format.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { LabelChip } from '../correlation/LabelChip.tsx';
import { clinicalFieldsText } from './clinical-fields.ts';

/**
 * What a spine physician said about this case, for the radiologist: "Reviewed by … — n
 * disagreements", and on opening it every verdict with its label and comment, the overall note,
 * and what the physician's clinical update changed in the correlation.
 */
export function ReviewNotice({ studyInstanceUID, onOpenReview }: { studyInstanceUID: string; onOpenReview?: () => void }) {
  const transport = useTransport();
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  useEffect(() => {
    let live = true;
    transport
      .call('review.summary', { studyInstanceUID })
      .then((value) => live && setSummary(value))
      .catch(() => live && setSummary(null));
    return () => {
      live = false;
    };
  }, [transport, studyInstanceUID]);

  if (!summary) return null;
  const { counts } = summary;
  const basis = summary.basis.kind === 'signed' ? `on the report signed as version ${summary.basis.reportVersion}` : 'on the draft';
  return (
    <details className={`review-notice${counts.disagree > 0 ? ' has-disagreements' : ''}`} data-testid="review-notice">
      <summary>
        <strong data-testid="review-notice-title">
          Reviewed by {summary.reviewers.join(', ')} — {countOf(counts.disagree, 'disagreement')}
        </strong>
        <span className="muted">
          {counts.agree} agree · {countOf(counts.comment, 'comment')} · {basis} · {formatTime(summary.lastAt)}
        </span>
      </summary>
      {summary.verdicts.length > 0 && (
        <table className="dense-table">
          <tbody>
            {summary.verdicts.map((v) => (
              <tr key={v.findingId} data-testid="review-notice-verdict" data-verdict={v.verdict}>
                <td>{v.finding}</td>
                <td className="nowrap">
                  <LabelChip label={v.reviewedLabel} struck={v.verdict === 'disagree'} />
                  {v.label && (
                    <>
                      {' → '}
                      <LabelChip label={v.label} />
                    </>
                  )}
                </td>
                <td className={v.verdict === 'disagree' ? 'disagreements' : ''}>
                  {VERDICT_TEXT[v.verdict]}
                  {v.comment ? `: ${v.comment}` : ''}
                </td>
                <td className="muted nowrap">{v.author}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.note && (
        <p data-testid="review-notice-note">
          <span className="muted">Overall note ({summary.note.author}):</span> {summary.note.text}
        </p>
      )}
      {summary.clinical && (
        <p data-testid="review-notice-clinical">
          <span className="muted">
            Clinical picture updated in review by {summary.clinical.author} ({clinicalFieldsText(summary.clinical.fields)}):
          </span>{' '}
          {summary.clinical.diff.findings.filter((c) => c.labelBefore !== c.labelAfter).length === 0
            ? 'no label changes.'
            : summary.clinical.diff.findings
                .filter((c) => c.labelBefore !== c.labelAfter)
                .map((c) => `${summary.findingNames[c.findingId] ?? c.findingId} ${c.labelBefore ? LABEL_TEXT[c.labelBefore] : '—'} → ${c.labelAfter ? LABEL_TEXT[c.labelAfter] : '—'}`)
                .join('; ')}
        </p>
      )}
      {onOpenReview && (
        <button type="button" className="link" onClick={onOpenReview}>
          Open the review
        </button>
      )}
    </details>
  );
}
