import type { RecordedVerdict } from '../../../shared/ipc/channels/review.ts';
import { VERDICT_TEXT } from '../../../shared/review/verdict.ts';
import { LabelChip } from '../correlation/LabelChip.tsx';

/** A recorded verdict in a few characters: Agree, Disagree → the label given, Comment; nothing when none. */
export function VerdictBadge({ verdict }: { verdict: RecordedVerdict | null }) {
  if (!verdict) return <span className="verdict-badge none muted">not reviewed</span>;
  return (
    <span className={`verdict-badge ${verdict.verdict}`} data-verdict={verdict.verdict} title={verdict.comment ?? undefined}>
      {VERDICT_TEXT[verdict.verdict]}
      {verdict.label && (
        <>
          {' → '}
          <LabelChip label={verdict.label} />
        </>
      )}
      {verdict.comment && verdict.verdict !== 'comment' && <span className="muted"> ✎</span>}
    </span>
  );
}
