import type { Correlation } from '../../../shared/correlation/output.ts';

/** Red flags first: above every panel, whatever panel is shown. */
export function RedFlagBanner({ correlation }: { correlation: Correlation }) {
  if (correlation.redFlags.length === 0) return null;
  return (
    <section className="red-flag-banner" role="alert" aria-label="Red flags" data-testid="red-flag-banner">
      <strong>Red flags</strong>
      <ul>
        {correlation.redFlags.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
    </section>
  );
}
