import { useMemo } from 'react';
import { correlate } from '../../../shared/correlation/correlate.ts';
import type { Correlation, FindingCorrelation } from '../../../shared/correlation/output.ts';
import type { CaseView, LabelOverride } from '../../../shared/ipc/channels/case-view.ts';

export interface CaseCorrelation {
  correlation: Correlation;
  byFinding: Map<string, FindingCorrelation>;
  overrides: Map<string, LabelOverride>;
}

/** The engine run on the case as on screen: every edit relabels at once, exactly as `spinecorrelate correlate` would. */
export function useCorrelation(view: CaseView | null): CaseCorrelation | null {
  const document = view?.document;
  const overrides = view?.overrides;
  return useMemo(() => {
    if (!document || !overrides) return null;
    const correlation = correlate(document);
    return {
      correlation,
      byFinding: new Map(correlation.findings.map((f) => [f.id, f])),
      overrides: new Map(overrides.map((o) => [o.findingId, o])),
    };
  }, [document, overrides]);
}
