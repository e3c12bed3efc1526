import { formatTime } from '../../app/format.ts';
import { LABEL_TEXT } from '../../../shared/correlation/output.ts';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { ReviewHistoryEntry } from '../../../shared/ipc/channels/review.ts';
import { VERDICT_TEXT } from '../../../shared/review/verdict.ts';
import { clinicalFieldsText } from './clinical-fields.ts';

function what(entry: ReviewHistoryEntry, findings: ReadonlyMap<string, Finding>): string {
  if (entry.kind === 'note') return entry.text ? `Overall note: ${entry.text}` : 'Overall note cleared';
  if (entry.kind === 'clinical') return `Clinical picture updated: ${clinicalFieldsText(entry.fields) || 'no field changed'}`;
  const finding = findings.get(entry.findingId);
  const name = finding ? `${finding.level} ${describeFinding(finding)}` : entry.findingId;
  const label = entry.label ? ` → ${LABEL_TEXT[entry.label]}` : '';
  return `${VERDICT_TEXT[entry.verdict]}${label} on ${name} (labelled ${LABEL_TEXT[entry.reviewedLabel]})${entry.comment ? `: ${entry.comment}` : ''}`;
}

/** Every entry of the review, newest first: nothing recorded is ever changed or removed. */
export function ReviewHistory({ history, findings }: { history: readonly ReviewHistoryEntry[]; findings: readonly Finding[] }) {
  if (history.length === 0) return <p className="empty-state">Nothing recorded in this review yet.</p>;
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <table className="dense-table review-history" data-testid="review-history">
      <thead>
        <tr>
          <th>When</th>
          <th>Who</th>
          <th>What</th>
        </tr>
      </thead>
      <tbody>
        {history.map((entry, index) => (
          <tr key={`${entry.at}-${index}`}>
            <td className="nowrap">{formatTime(entry.at)}</td>
            <td className="nowrap">{entry.author}</td>
            <td>{what(entry, byId)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
