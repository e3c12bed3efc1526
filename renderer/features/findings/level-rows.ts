import type { Finding } from '../../../shared/domain/findings.ts';
import type { Level } from '../../../shared/domain/levels.ts';
import { listLevelOf, type CaseView, type LevelState } from '../../../shared/ipc/channels/case-view.ts';

/** Where the keyboard is in the level list: on a level, or on one of its findings. */
export type Cursor = { kind: 'level'; level: Level } | { kind: 'finding'; id: string };

export type Row = { kind: 'level'; state: LevelState; findings: Finding[] } | { kind: 'finding'; finding: Finding; level: Level };

/** The level list as rows: each level followed by its findings, in the case's order. */
export function levelRows(view: CaseView): Row[] {
  const byLevel = new Map<string, Finding[]>();
  for (const finding of view.document.findings) {
    const row = listLevelOf(finding.level, view.anatomy);
    byLevel.set(row, [...(byLevel.get(row) ?? []), finding]);
  }
  return view.levels.flatMap((state) => {
    const findings = byLevel.get(state.level) ?? [];
    return [{ kind: 'level' as const, state, findings }, ...findings.map((finding) => ({ kind: 'finding' as const, finding, level: state.level }))];
  });
}

export function rowMatches(row: Row, cursor: Cursor): boolean {
  return cursor.kind === 'level' ? row.kind === 'level' && row.state.level === cursor.level : row.kind === 'finding' && row.finding.id === cursor.id;
}

export function cursorOf(row: Row): Cursor {
  return row.kind === 'level' ? { kind: 'level', level: row.state.level } : { kind: 'finding', id: row.finding.id };
}

/** The level row the cursor is in (its own level, or the level of its finding). */
export function levelOfCursor(rows: Row[], cursor: Cursor): Level | null {
  if (cursor.kind === 'level') return cursor.level;
  const row = rows.find((r) => rowMatches(r, cursor));
  return row?.kind === 'finding' ? row.level : null;
}

/** Moves the cursor by rows (↑/↓) or by levels (J/K); stays put at either end. */
export function moveCursor(rows: Row[], cursor: Cursor, step: 1 | -1, by: 'row' | 'level'): Cursor {
  if (rows.length === 0) return cursor;
  const index = rows.findIndex((r) => rowMatches(r, cursor));
  if (index < 0) return cursorOf(rows[0]!);
  if (by === 'row') return cursorOf(rows[Math.min(rows.length - 1, Math.max(0, index + step))]!);
  const levelIndexes = rows.flatMap((r, i) => (r.kind === 'level' ? [i] : []));
  if (step === 1) return cursorOf(rows[levelIndexes.find((i) => i > index) ?? index]!);
  // Up from a finding goes to its own level first, from a level to the one above.
  return cursorOf(rows[levelIndexes.filter((i) => i < index).at(-1) ?? index]!);
}
