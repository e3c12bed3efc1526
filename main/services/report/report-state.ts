// Where a report stands, read from its append-only versions: a pure function of the rows.
import { reportContentSchema, type ReportContent } from '../../../shared/report/index.ts';
import type { VersionRow } from './report-repository.ts';

export type Phase = 'drafting' | 'signed' | 'amending';

export interface ReportState {
  phase: Phase;
  status: 'draft' | 'final' | 'amended';
  /** The version being edited (drafting, amending), else null. */
  working: VersionRow | null;
  /** The latest signed original or amended version, else null. */
  signed: VersionRow | null;
  addenda: VersionRow[];
}

const SIGNED = new Set(['final', 'amended']);

export function reportState(versions: readonly VersionRow[]): ReportState {
  const main = versions.filter((version) => version.kind !== 'addendum');
  const last = main[main.length - 1] ?? null;
  const signed = [...main].reverse().find((version) => SIGNED.has(version.kind)) ?? null;
  const addenda = versions.filter((version) => version.kind === 'addendum');
  const status = signed === null ? 'draft' : signed.kind === 'amended' ? 'amended' : 'final';
  if (last === null || last.kind === 'draft') return { phase: 'drafting', status, working: last, signed, addenda };
  if (last.kind === 'amendment-draft') return { phase: 'amending', status, working: last, signed, addenda };
  return { phase: 'signed', status, working: null, signed, addenda };
}

export function contentOf(version: VersionRow): ReportContent {
  return reportContentSchema.parse(JSON.parse(version.content));
}

export function addendumText(version: VersionRow): string {
  const parsed = JSON.parse(version.content) as { text?: unknown };
  return typeof parsed.text === 'string' ? parsed.text : '';
}
