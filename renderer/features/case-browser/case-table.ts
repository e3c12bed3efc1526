import { LABEL_TEXT, labelRank, LABELS, type Label } from '../../../shared/correlation/output.ts';
import { FINDING_TYPE_META } from '../../../shared/domain/finding-types.ts';
import type { CaseBrowserRow } from '../../../shared/ipc/channels/case-browser.ts';

/** The case browser's table, as pure functions of its rows: search, sort, counts per label. */

export const SORT_KEYS = ['patient', 'date', 'age', 'sex', 'status', 'findings', 'labels', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const TYPE_NAMES = new Map<string, string>(FINDING_TYPE_META.map((meta) => [meta.type, meta.displayName]));

export function typeName(type: string): string {
  return TYPE_NAMES.get(type) ?? type;
}

/** The case's status in a word: Draft, Final, Amended. */
export const STATUS_TEXT: Readonly<Record<CaseBrowserRow['status'], string>> = { draft: 'Draft', final: 'Final', amended: 'Amended' };

/** Lower case, en dashes as hyphens (`L4–L5` and `L4-L5` are one level). */
function normalised(text: string): string {
  return text.toLowerCase().replaceAll('–', '-');
}

function caseText(row: CaseBrowserRow): string {
  return normalised([
    row.patientName, row.patientId, row.studyDescription, row.accessionNumber, row.studyDate ?? '', row.sex ?? '', STATUS_TEXT[row.status],
    row.reviewed ? 'reviewed' : '', row.redFlag ? 'red flag' : '',
  ].join('\n'));
}

function findingText(finding: CaseBrowserRow['findings'][number]): string {
  return normalised([finding.level, typeName(finding.type), finding.description, finding.phrase, finding.label ? LABEL_TEXT[finding.label] : ''].join('\n'));
}

/** A number matches a whole number (`1` is Modic 1, not 10 or 2021); other words match anywhere. */
function contains(text: string, word: string): boolean {
  return /^\d+$/.test(word) ? text.split(/[^\da-z]+/).includes(word) : text.includes(word);
}

/**
 * The rows that hold every word of the query: in the case's own fields (patient, IDs, description,
 * date, status) or in one of its findings — its level, type and attributes (`extrusion`, `Modic 1`,
 * `L4-L5`, a label). The words about findings hold for one finding, as the filters do: `bulge L4-L5`
 * is a bulge at L4–L5, not a bulge somewhere and anything at L4–L5.
 */
export function searchRows(rows: readonly CaseBrowserRow[], query: string): CaseBrowserRow[] {
  const words = normalised(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const own = caseText(row);
    const rest = words.filter((word) => !contains(own, word));
    return rest.length === 0 || row.findings.some((finding) => rest.every((word) => contains(findingText(finding), word)));
  });
}

/** How many of the case's findings carry each label. */
export function labelsOf(row: CaseBrowserRow): Record<Label, number> {
  const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const finding of row.findings) if (finding.label) counts[finding.label] += 1;
  return counts;
}

/** A number for "how much is going on": the highest label first, then how many findings carry it. */
function labelWeight(row: CaseBrowserRow): number {
  const counts = labelsOf(row);
  const top = [...LABELS].reverse().find((label) => counts[label] > 0);
  return top ? (labelRank(top) + 1) * 1000 + counts[top] : 0;
}

const STATUS_ORDER = { draft: 0, final: 1, amended: 2 } as const;

function compare(a: CaseBrowserRow, b: CaseBrowserRow, key: SortKey): number {
  const text = (x: string, y: string) => x.localeCompare(y, undefined, { sensitivity: 'base', numeric: true });
  const nullable = <T>(x: T | null, y: T | null, by: (p: T, q: T) => number) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : by(x, y));
  switch (key) {
    case 'patient':
      return text(a.patientName, b.patientName) || text(a.patientId, b.patientId);
    case 'date':
      return nullable(a.studyDate, b.studyDate, text);
    case 'age':
      return nullable(a.age, b.age, (x, y) => x - y);
    case 'sex':
      return nullable(a.sex, b.sex, text);
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || Number(a.reviewed) - Number(b.reviewed) || a.disagreements - b.disagreements;
    case 'findings':
      return a.findings.length - b.findings.length;
    case 'labels':
      return labelWeight(a) - labelWeight(b) || Number(a.redFlag) - Number(b.redFlag);
    case 'updated':
      return text(a.updatedAt, b.updatedAt);
  }
}

/** Sorted by one column; missing values (no date, no age) last in either direction; ties keep the study-date order. */
export function sortRows(rows: readonly CaseBrowserRow[], sort: Sort): CaseBrowserRow[] {
  const missing = (row: CaseBrowserRow) => (sort.key === 'date' && row.studyDate === null) || (sort.key === 'age' && row.age === null) || (sort.key === 'sex' && row.sex === null);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const gap = Number(missing(a.row)) - Number(missing(b.row));
      if (gap !== 0) return gap;
      const order = compare(a.row, b.row, sort.key);
      return (sort.descending ? -order : order) || a.index - b.index;
    })
    .map(({ row }) => row);
}

export interface LabelCount {
  findings: number;
  cases: number;
}

/** Per label: how many findings carry it and in how many cases, over the rows shown. */
export function labelCounts(rows: readonly CaseBrowserRow[]): Record<Label, LabelCount> {
  const counts = Object.fromEntries(LABELS.map((label) => [label, { findings: 0, cases: 0 }])) as Record<Label, LabelCount>;
  for (const row of rows) {
    const perCase = labelsOf(row);
    for (const label of LABELS) {
      counts[label].findings += perCase[label];
      if (perCase[label] > 0) counts[label].cases += 1;
    }
  }
  return counts;
}

/** The findings in a few words, strongest label first: "L4-L5 Disc herniation, L5-S1 Modic endplate change, +2". */
export function findingSummary(row: CaseBrowserRow, most = 2): string {
  const ranked = [...row.findings].sort((a, b) => (b.label ? labelRank(b.label) : -1) - (a.label ? labelRank(a.label) : -1));
  const named = ranked.slice(0, most).map((f) => `${f.level} ${typeName(f.type)}`);
  return ranked.length > most ? `${named.join(', ')}, +${ranked.length - most}` : named.join(', ');
}
