import { EVIDENCE, isEvidenceId } from '../../../shared/correlation/evidence/index.ts';
import { figureLines } from '../../../shared/correlation/evidence/render.ts';
import type { FindingCorrelation } from '../../../shared/correlation/output.ts';

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

/** Root and side concordance and the age-matched asymptomatic prevalence of a finding. */
export function FindingFacts({ result }: { result: FindingCorrelation }) {
  return (
    <>
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
    </>
  );
}

/** Why a finding got its label: every reason with the evidence it cites (figures and citations), then what is missing. */
export function FindingReasons({ result }: { result: FindingCorrelation }) {
  const details = result.reasonDetails.length > 0 ? result.reasonDetails : result.reasons.map((text) => ({ text, evidence: [] as string[] }));
  const cited = new Set(details.flatMap((d) => d.evidence));
  const uncited = result.evidence.filter((id) => !cited.has(id));
  return (
    <>
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
    </>
  );
}
