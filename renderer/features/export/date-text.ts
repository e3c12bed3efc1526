/** What a typed date means to a filter: empty is no bound; `2026-12-07` (or `20261207`) a day; anything else is not a date yet. */
export type DateText = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' };

export function readDateText(text: string): DateText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(trimmed);
  if (!match) return { kind: 'invalid' };
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return real ? { kind: 'date', iso: `${year}-${month}-${day}` } : { kind: 'invalid' };
}
