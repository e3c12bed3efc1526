import type { Db } from '../database.ts';

/** Findings of a case and the label overrides the radiologist put on them. */

export interface FindingRow {
  id: number;
  findingUid: string;
  level: string;
  type: string;
  side: string | null;
  note: string | null;
  /** JSON text: every field of the finding but id, level, type, side, note and anchor. */
  attributes: string;
  /** JSON text or null. */
  anchor: string | null;
  sortOrder: number;
}

export type FindingValues = Omit<FindingRow, 'id' | 'sortOrder'>;

export interface OverrideRow {
  findingUid: string;
  label: string;
  reason: string;
  author: string;
  createdAt: string;
  computedLabel: string;
  ruleset: string;
}

export const FINDING_COLUMNS = `id, finding_uid AS findingUid, level, type, side, note, attributes, anchor, sort_order AS sortOrder`;

/** The queries a reading session runs on every change; each has an EXPLAIN QUERY PLAN test. */
export const FINDING_QUERIES = {
  findingsOfCase: `SELECT ${FINDING_COLUMNS} FROM findings WHERE case_ref = ? ORDER BY sort_order`,
  findingByUid: `SELECT ${FINDING_COLUMNS} FROM findings WHERE case_ref = ? AND finding_uid = ?`,
  overridesOfCase: `SELECT f.finding_uid AS findingUid, o.label, o.reason, o.author, o.created_at AS createdAt,
      o.computed_label AS computedLabel, o.ruleset
    FROM findings f JOIN label_overrides o ON o.finding_ref = f.id WHERE f.case_ref = ? ORDER BY f.sort_order`,
  findingsAnchoredOn: `SELECT ${FINDING_COLUMNS} FROM findings WHERE anchor_sop_instance_uid = ? AND anchor IS NOT NULL`,
} as const;

export class FindingRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      list: db.prepare<[number], FindingRow>(FINDING_QUERIES.findingsOfCase),
      byUid: db.prepare<[number, string], FindingRow>(FINDING_QUERIES.findingByUid),
      insert: db.prepare<[number, string, string, string, string | null, string | null, string, string | null, number, string, string]>(
        `INSERT INTO findings (case_ref, finding_uid, level, type, side, note, attributes, anchor, sort_order, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare<[string, string, string | null, string | null, string, string | null, string, number]>(
        'UPDATE findings SET level = ?, type = ?, side = ?, note = ?, attributes = ?, anchor = ?, updated_at = ? WHERE id = ?',
      ),
      setAnchor: db.prepare<[string | null, string, number]>('UPDATE findings SET anchor = ?, updated_at = ? WHERE id = ?'),
      setOrder: db.prepare<[number, number]>('UPDATE findings SET sort_order = ? WHERE id = ?'),
      delete: db.prepare<[number]>('DELETE FROM findings WHERE id = ?'),
      deleteAll: db.prepare<[number]>('DELETE FROM findings WHERE case_ref = ?'),
      renameLevel: db.prepare<[string, string, number, string]>('UPDATE findings SET level = ?, updated_at = ? WHERE case_ref = ? AND level = ?'),
      overrides: db.prepare<[number], OverrideRow>(FINDING_QUERIES.overridesOfCase),
      anchoredOn: db.prepare<[string], FindingRow>(FINDING_QUERIES.findingsAnchoredOn),
      upsertOverride: db.prepare<[number, string, string, string, string, string, string]>(
        `INSERT INTO label_overrides (finding_ref, label, reason, author, created_at, computed_label, ruleset)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (finding_ref) DO UPDATE SET label = excluded.label, reason = excluded.reason, author = excluded.author,
           created_at = excluded.created_at, computed_label = excluded.computed_label, ruleset = excluded.ruleset`,
      ),
      deleteOverride: db.prepare<[number]>('DELETE FROM label_overrides WHERE finding_ref = ?'),
    };
  }

  list(caseRef: number): FindingRow[] {
    return this.statements.list.all(caseRef);
  }

  byUid(caseRef: number, findingUid: string): FindingRow | undefined {
    return this.statements.byUid.get(caseRef, findingUid);
  }

  /** Findings anchored on one image, for the viewer to draw. */
  anchoredOn(sopInstanceUID: string): FindingRow[] {
    return this.statements.anchoredOn.all(sopInstanceUID);
  }

  insert(caseRef: number, values: FindingValues, sortOrder: number, at: string): number {
    const v = values;
    return Number(this.statements.insert.run(caseRef, v.findingUid, v.level, v.type, v.side, v.note, v.attributes, v.anchor, sortOrder, at, at).lastInsertRowid);
  }

  update(id: number, values: FindingValues, at: string): void {
    const v = values;
    this.statements.update.run(v.level, v.type, v.side, v.note, v.attributes, v.anchor, at, id);
  }

  setAnchor(id: number, anchor: string | null, at: string): void {
    this.statements.setAnchor.run(anchor, at, id);
  }

  /** Rewrites the order of the case's findings to 0..n-1 in the order given (row ids). */
  setOrder(ids: readonly number[]): void {
    ids.forEach((id, index) => this.statements.setOrder.run(index, id));
  }

  delete(id: number): void {
    this.statements.delete.run(id);
  }

  deleteAll(caseRef: number): void {
    this.statements.deleteAll.run(caseRef);
  }

  renameLevel(caseRef: number, from: string, to: string, at: string): void {
    this.statements.renameLevel.run(to, at, caseRef, from);
  }

  overrides(caseRef: number): OverrideRow[] {
    return this.statements.overrides.all(caseRef);
  }

  setOverride(findingRef: number, o: Omit<OverrideRow, 'findingUid'>): void {
    this.statements.upsertOverride.run(findingRef, o.label, o.reason, o.author, o.createdAt, o.computedLabel, o.ruleset);
  }

  clearOverride(findingRef: number): boolean {
    return this.statements.deleteOverride.run(findingRef).changes > 0;
  }
}
