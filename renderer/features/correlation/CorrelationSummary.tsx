import { describeFinding } from '../../../shared/domain/describe.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { CaseCorrelation } from './useCorrelation.ts';
import { LabelChip } from './LabelChip.tsx';

interface Props {
  correlation: CaseCorrelation;
  findings: readonly Finding[];
  onShowFinding(findingId: string): void;
}

/**
 * The case as the engine reads it: red flags first, then the pain-generator candidates ranked,
 * the appropriateness of imaging (context, never a reason to withhold a label), the epidemiology
 * statement for the report and what is missing.
 */
export function CorrelationSummary({ correlation: { correlation, byFinding, overrides }, findings, onShowFinding }: Props) {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const { appropriateness } = correlation;
  return (
    <div className="correlation-summary" data-testid="correlation-summary">
      <section className="summary-section">
        <h3>Red flags</h3>
        {correlation.redFlags.length === 0 ? (
          <p className="muted">None from the findings or the clinical picture.</p>
        ) : (
          <ul className="red-flags" data-testid="red-flags">
            {correlation.redFlags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="summary-section">
        <h3>Pain-generator candidates</h3>
        {correlation.ranking.length === 0 ? (
          <p className="muted">No finding is labelled above probably incidental.</p>
        ) : (
          <ol className="ranking" data-testid="ranking">
            {correlation.ranking.map((id) => {
              const finding = byId.get(id);
              const result = byFinding.get(id);
              if (!finding || !result) return null;
              const override = overrides.get(id);
              return (
                <li key={id}>
                  <button type="button" className="link-row" onClick={() => onShowFinding(id)}>
                    <LabelChip label={override?.label ?? result.label} />
                    {override && <LabelChip label={result.label} struck />}
                    <span>
                      {finding.level} {describeFinding(finding)}
                    </span>
                    <span className="muted"> — {result.reasons[0]}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="summary-section">
        <h3>Imaging appropriateness</h3>
        <p>
          <span className={`appropriateness ${appropriateness.status}`}>{appropriateness.status === 'unknown' ? 'cannot tell' : appropriateness.status.replace('-', ' ')}</span>{' '}
          {appropriateness.basis}
        </p>
        {appropriateness.notes.map((note) => (
          <p key={note} className="muted">
            {note}
          </p>
        ))}
      </section>
      <section className="summary-section">
        <h3>Epidemiology</h3>
        <p data-testid="epidemiology">{correlation.epidemiologyStatement || <span className="muted">No probably incidental finding with an age-matched prevalence.</span>}</p>
      </section>
      {correlation.missingInformation.length > 0 && (
        <section className="summary-section">
          <h3>Missing information</h3>
          <ul className="muted">
            {correlation.missingInformation.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="muted ruleset">Ruleset {correlation.ruleset}</p>
    </div>
  );
}
