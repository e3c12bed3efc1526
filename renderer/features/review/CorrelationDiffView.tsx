import { describeFinding } from '../../../shared/domain/describe.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { CorrelationDiff } from '../../../shared/review/correlation-diff.ts';
import { LabelChip } from '../correlation/LabelChip.tsx';

interface Props {
  diff: CorrelationDiff;
  findings: readonly Finding[];
  /** What the earlier correlation is, in words: "as signed", "as reviewed". */
  before: string;
}

/** What the engine says differently with the updated clinical picture: each finding's label and reasons, and the red flags. */
export function CorrelationDiffView({ diff, findings, before }: Props) {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const unchanged = diff.findings.length === 0 && diff.redFlagsAdded.length === 0 && diff.redFlagsRemoved.length === 0;
  return (
    <section className="correlation-diff" data-testid="correlation-diff" aria-label="What changed in the correlation">
      <h3>
        What changed in the correlation <span className="muted">({before} → with the updated clinical picture)</span>
      </h3>
      {diff.rulesetBefore !== diff.rulesetAfter && (
        <p className="muted">
          Ruleset {diff.rulesetBefore} → {diff.rulesetAfter}: some differences may come from the newer rules, not from the clinical picture.
        </p>
      )}
      {unchanged && <p className="muted">No label, reason or red flag changes.</p>}
      {diff.redFlagsAdded.map((flag) => (
        <p key={`+${flag}`} className="diff-added red-flag-added">
          + Red flag: {flag}
        </p>
      ))}
      {diff.redFlagsRemoved.map((flag) => (
        <p key={`-${flag}`} className="diff-removed">
          − Red flag: {flag}
        </p>
      ))}
      <ul className="diff-findings">
        {diff.findings.map((change) => {
          const finding = byId.get(change.findingId);
          return (
            <li key={change.findingId} data-testid="diff-finding" data-finding-id={change.findingId}>
              <div className="label-line">
                <strong>{finding ? `${finding.level} ${describeFinding(finding)}` : change.findingId}</strong>
                {change.labelBefore && <LabelChip label={change.labelBefore} struck={change.labelAfter !== change.labelBefore} />}
                {change.labelAfter !== change.labelBefore && change.labelAfter && (
                  <>
                    → <LabelChip label={change.labelAfter} />
                  </>
                )}
              </div>
              {change.reasonsAdded.map((reason) => (
                <p key={`+${reason}`} className="diff-added">
                  + {reason}
                </p>
              ))}
              {change.reasonsRemoved.map((reason) => (
                <p key={`-${reason}`} className="diff-removed">
                  − {reason}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
