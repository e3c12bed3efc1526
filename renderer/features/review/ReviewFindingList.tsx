import { LABEL_TEXT, LABELS, type Label } from '../../../shared/correlation/output.ts';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type { ReviewFinding } from '../../../shared/ipc/channels/review.ts';
import { LabelChip } from '../correlation/LabelChip.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

interface Props {
  findings: readonly ReviewFinding[];
  selectedId: string | null;
  /** The engine's label with the review's clinical picture, where it differs from the one reviewed. */
  updatedLabels: ReadonlyMap<string, Label>;
  onSelect(findingId: string): void;
}

/** The reviewed findings ranked by label, one group per label, each with its verdict so far. J/K move. */
export function ReviewFindingList({ findings, selectedId, updatedLabels, onSelect }: Props) {
  const groups = [...LABELS].reverse().map((label) => ({ label, items: findings.filter((f) => f.label === label) })).filter((g) => g.items.length > 0);
  if (findings.length === 0) return <p className="empty-state">The reviewed case has no findings.</p>;
  return (
    <div className="review-findings" role="listbox" aria-label="Findings ranked by label" tabIndex={0} data-testid="review-findings">
      {groups.map((group) => (
        <div key={group.label} role="group" aria-label={LABEL_TEXT[group.label]}>
          <div className="review-group">
            {LABEL_TEXT[group.label]} <span className="muted">{group.items.length}</span>
          </div>
          {group.items.map((item) => {
            const id = item.finding.id;
            const updated = updatedLabels.get(id);
            return (
              <div
                key={id}
                role="option"
                aria-selected={id === selectedId}
                className={`review-finding${id === selectedId ? ' selected' : ''}`}
                data-testid="review-finding"
                data-finding-id={id}
                onClick={() => onSelect(id)}
              >
                <span className="finding-label">
                  <LabelChip label={item.label} />
                  {item.override && (
                    <span className="override-mark" title={`The radiologist's override; the engine said ${LABEL_TEXT[item.result.label]}`}>
                      R
                    </span>
                  )}
                </span>
                <span className="finding-name">
                  <strong>{item.finding.level}</strong> {describeFinding(item.finding)}
                  {item.finding.anchor && (
                    <span className="anchor-mark" title="Anchored on an image: has a key image">
                      ◎
                    </span>
                  )}
                </span>
                <span className="finding-updated">
                  {updated && (
                    <span title="The engine's label with the clinical picture updated in this review" data-testid="updated-label">
                      → <LabelChip label={updated} />
                    </span>
                  )}
                </span>
                <VerdictBadge verdict={item.verdict} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
