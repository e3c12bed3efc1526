import { GRADING_SYSTEMS, type GradingSystemKey } from '../../../shared/domain/grading-systems.ts';

/**
 * The definitions of one grading system, inline under the form (never over the images): each
 * grade with its definition, the citation and the source's caveat.
 */
export function GradingLegend({ system, value }: { system: GradingSystemKey; value?: unknown }) {
  const definition = GRADING_SYSTEMS[system];
  return (
    <section className="grading-legend" aria-label={`${definition.name}: definitions`} data-testid="grading-legend">
      <header>
        <strong>{definition.name}</strong> <span className="muted">{definition.sourceStatus}</span>
      </header>
      <dl>
        {definition.grades.map((grade) => (
          <div key={String(grade.value)} className={grade.value === value ? 'current' : ''}>
            <dt>{grade.label}</dt>
            <dd>{grade.description}</dd>
          </div>
        ))}
      </dl>
      {'note' in definition && definition.note && <p className="muted">{definition.note}</p>}
      <p className="citation">{definition.citation}</p>
    </section>
  );
}
