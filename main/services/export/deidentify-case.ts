import { type Case, caseSchema } from '../../../shared/domain/case.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { DateHandling } from '../deid/profile/actions.ts';
import { pruneToSchema } from './prune.ts';

export const FREE_TEXT_REMOVED = '(free text removed)';

export interface CaseDeidentification {
  casePseudonym: string;
  patientPseudonym: string;
  dates: DateHandling;
  offsetDays: number;
  includeNotes: boolean;
  mapUid(uid: string): string;
}

function shiftIsoDate(date: string, offsetDays: number): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? '' : new Date(time + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function findingWithoutFreeText(finding: Finding, includeNotes: boolean): Finding {
  if (includeNotes) return finding;
  const { note: _note, ...rest } = finding;
  return rest.type === 'other' ? { ...rest, description: FREE_TEXT_REMOVED } : (rest as Finding);
}

/**
 * Case format v1 without what identifies: only the fields the format defines (unknown fields
 * dropped at every depth), the case id replaced by its pseudonym, the study date shifted or left
 * out, no Study Instance UID, anchor UIDs remapped like the exported images', and free text
 * (finding notes, "other" descriptions, clinical notes, prior-surgery procedures) left out
 * unless the user asked for notes.
 */
export function deidentifyCase(source: Case, how: CaseDeidentification): Case {
  const pruned = pruneToSchema(source, caseSchema) as Case;
  const findings = pruned.findings.map((finding) => {
    const cleaned = findingWithoutFreeText(finding, how.includeNotes);
    if (!cleaned.anchor) return cleaned;
    const { seriesInstanceUID, sopInstanceUID, ...point } = cleaned.anchor;
    return {
      ...cleaned,
      anchor: { ...point, ...(seriesInstanceUID ? { seriesInstanceUID: how.mapUid(seriesInstanceUID) } : {}), sopInstanceUID: how.mapUid(sopInstanceUID) },
    };
  });
  const clinical = pruned.clinical
    ? (() => {
        const { notes: _notes, priorSurgery, ...rest } = pruned.clinical;
        return {
          ...rest,
          ...(how.includeNotes && pruned.clinical.notes !== undefined ? { notes: pruned.clinical.notes } : {}),
          ...(priorSurgery ? { priorSurgery: priorSurgery.map(({ procedure, ...surgery }) => (how.includeNotes && procedure !== undefined ? { ...surgery, procedure } : surgery)) } : {}),
        };
      })()
    : undefined;
  const date = pruned.study?.date && how.dates === 'shift' ? shiftIsoDate(pruned.study.date, how.offsetDays) : '';
  return {
    format: pruned.format,
    id: how.casePseudonym,
    ...(date ? { study: { date } } : {}),
    patient: { ...(pruned.patient?.age !== undefined ? { age: pruned.patient.age } : {}), ...(pruned.patient?.sex ? { sex: pruned.patient.sex } : {}), pseudonym: how.patientPseudonym },
    ...(clinical ? { clinical } : {}),
    findings,
  } as Case;
}

/** The free text a case holds: notes, "other" descriptions, clinical notes, prior-surgery procedures. */
export function freeTextOf(source: Case): string[] {
  const texts = [
    ...source.findings.flatMap((f) => [f.note, f.type === 'other' ? f.description : undefined]),
    source.clinical?.notes,
    ...(source.clinical?.priorSurgery ?? []).map((s) => s.procedure),
  ];
  return texts.filter((t): t is string => typeof t === 'string' && t.trim().length >= 3);
}

function replaceAll<T>(value: T, texts: readonly string[]): T {
  if (typeof value === 'string') return texts.reduce<string>((text, free) => text.split(free).join(FREE_TEXT_REMOVED), value) as T;
  if (Array.isArray(value)) return value.map((item) => replaceAll(item, texts)) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceAll(v, texts)])) as T;
  return value;
}

/**
 * A correlation computed on the identified case (a signed snapshot) with the case's free text
 * replaced wherever a reason quotes it; unchanged when the user asked for notes.
 */
export function correlationWithoutFreeText<T>(correlation: T, source: Case, includeNotes: boolean): T {
  if (includeNotes) return correlation;
  const texts = freeTextOf(source).sort((a, b) => b.length - a.length);
  return texts.length === 0 ? correlation : replaceAll(correlation, texts);
}
