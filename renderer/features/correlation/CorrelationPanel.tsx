import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { CaseOp } from '../reading/case-ops.ts';
import { CorrelationSummary } from './CorrelationSummary.tsx';
import { FindingDetails } from './FindingDetails.tsx';
import type { CaseCorrelation } from './useCorrelation.ts';

interface Props {
  view: CaseView;
  correlation: CaseCorrelation;
  details: { findingId: string; override: boolean } | null;
  onShowFinding(findingId: string): void;
  onCloseDetails(): void;
  apply(op: CaseOp): void;
}

/** The correlation of the case, or the reasons and evidence of one finding with its override. */
export function CorrelationPanel({ view, correlation, details, onShowFinding, onCloseDetails, apply }: Props) {
  const finding = details ? view.document.findings.find((f) => f.id === details.findingId) : undefined;
  const result = details ? correlation.byFinding.get(details.findingId) : undefined;
  if (details && finding && result) {
    return (
      <FindingDetails
        finding={finding}
        result={result}
        override={correlation.overrides.get(finding.id)}
        ruleset={correlation.correlation.ruleset}
        focusOverride={details.override}
        onOverride={(label, reason) => apply({ kind: 'setOverride', findingId: finding.id, label, reason })}
        onClearOverride={() => apply({ kind: 'clearOverride', findingId: finding.id })}
        onClose={onCloseDetails}
      />
    );
  }
  return <CorrelationSummary correlation={correlation} findings={view.document.findings} onShowFinding={onShowFinding} />;
}
