import { EVIDENCE, isEvidenceId } from '../../../shared/correlation/evidence/index.ts';
import { figureLines } from '../../../shared/correlation/evidence/render.ts';
import type { FindingCorrelation, Label } from '../../../shared/correlation/output.ts';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { LabelOverride } from '../../../shared/ipc/channels/case-view.ts';
import { LabelChip } from './LabelChip.tsx';
import { OverrideForm } from './OverrideForm.tsx';

interface Props {
  finding: Finding;
  result: FindingCorrelation;
  override: LabelOverride | undefined;
  ruleset: string;
  focusOverride: boolean;
  onOverride(label: Label, reason: string): void;
  onClearOverride(): void;
  onClose(): void;
}

function Evidence({ id }: { id: string }) {
  if (!isEvidenceId(id)) return <li className="evidence missing">{id}: not in the evidence table</li>;
  const entry = EVIDENCE[id];
  return (
    <li className="evidence" data-testid="evidence">
      <div className="evidence-id">
        <code>{id}</code> <span className="muted">{entry.status} · {entry.section}</span>
      </div>
      <pre className="figures">{figureLines(entry.figures).join('\n')}</pre>
      {entry.note && <p className="muted">{entry.note}</p>}
      <p className="citation">{entry.citation}</p>
    </li>
  );
}

/** Why a finding got its label: every reason with the evidence it cites, figures and citations; the override beside it. */
export function FindingDetails({ finding, result, override, ruleset, focusOverride, onOverride, onClearOverride, onClose }: Props) {
  const details = result.reasonDetails.length > 0 ? result.reasonDetails : result.reasons.map((text) => ({ text, evidence: [] as string[] }));
  const cited = new Set(details.flatMap((d) => d.evidence));
  const uncited = result.evidence.filter((id) => !cited.has(id));
  return (
    <section className="finding-details" data-testid="finding-details" aria-label={`Why: ${describeFinding(finding)}`}>
      <header className="editor-header">
        <strong>
          {finding.level} · {describeFinding(finding)}
        </strong>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Back <kbd>Esc</kbd>
        </button>
      </header>
      <div className="label-line">
        <span className="muted">Computed</span> <LabelChip label={result.label} long struck={override !== undefined} />
        {override && (
          <>
            <span className="muted">Override</span> <LabelChip label={override.label} long />
          </>
        )}
        <span className="muted">confidence {result.confidence}</span>
      </div>
      {result.concordance && (
        <p className="concordance">
          Root {result.concordance.root ?? '—'} {result.concordance.side ?? ''}: <strong>{result.concordance.status}</strong>
          {result.concordance.explainsDeficit ? ' · explains the deficit' : ''}
          {result.concordance.matchedBy.length > 0 ? ` · matched by ${result.concordance.matchedBy.join('; ')}` : ''}
        </p>
      )}
      {result.asymptomaticPrevalence && (
        <p className="muted">
          Asymptomatic prevalence at {result.asymptomaticPrevalence.age}: {result.asymptomaticPrevalence.percent}% ({result.asymptomaticPrevalence.source})
          {result.asymptomaticPrevalence.outsideRange ? ` · ${result.asymptomaticPrevalence.outsideRange}` : ''}
        </p>
      )}
      <OverrideForm
        key={finding.id}
        computed={result.label}
        override={override}
        ruleset={ruleset}
        focusOnOpen={focusOverride}
        onSave={onOverride}
        onClear={onClearOverride}
      />
      <h4 className="reasons-title">Why</h4>
      <ol className="reasons">
        {details.map((detail, index) => (
          <li key={index}>
            <p>{detail.text}</p>
            {detail.evidence.length > 0 && (
              <ul className="evidence-list">
                {detail.evidence.map((id) => (
                  <Evidence key={id} id={id} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {uncited.length > 0 && (
        <ul className="evidence-list">
          {uncited.map((id) => (
            <Evidence key={id} id={id} />
          ))}
        </ul>
      )}
      {result.missingInformation.length > 0 && <p className="muted">Missing: {result.missingInformation.join('; ')}</p>}
    </section>
  );
}
