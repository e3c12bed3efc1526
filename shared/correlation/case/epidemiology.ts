// The LIRE-style epidemiology statement: the age-matched prevalence, in people without back pain,
// of the probably incidental findings present, in one or two plain sentences. The LIRE wording
// itself was not found (clinical-knowledge.md §6); this is our own.
import { PREVALENCE_ROWS } from '../evidence/brinjikji-2015-table.ts';
import type { FindingCorrelation } from '../output.ts';
import { prevalenceRowPlural, type PrevalenceRow } from '../prevalence.ts';

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function epidemiologyStatement(results: readonly FindingCorrelation[]): string {
  const byRow = new Map<string, NonNullable<FindingCorrelation['asymptomaticPrevalence']>>();
  for (const result of results) {
    const prevalence = result.asymptomaticPrevalence;
    if (result.label === 'probably-incidental' && prevalence) byRow.set(prevalence.row, prevalence);
  }
  const rows = PREVALENCE_ROWS.filter((row) => byRow.has(row));
  if (rows.length === 0) return '';
  const first = byRow.get(rows[0]!)!;
  const age = first.ageUsed === first.age ? `aged ${first.age}` : `aged ${first.ageUsed} (the ${first.ageUsed < first.age ? 'oldest' : 'youngest'} age the source covers)`;
  const items = rows.map((row) => `${prevalenceRowPlural(row as PrevalenceRow)} in about ${byRow.get(row)!.percent}%`);
  const uncertain = rows.some((row) => byRow.get(row)!.uncertainty);
  return (
    `In people ${age} without back pain, MRI shows ${joinList(items)} (Brinjikji et al. 2015). ` +
    `These findings are common and usually do not explain symptoms${uncertain ? '; at this age some figures rest on few people' : ''}.`
  );
}
