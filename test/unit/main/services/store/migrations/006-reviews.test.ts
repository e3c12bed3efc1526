import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../../../../main/services/store/database.ts';
import { reviews } from '../../../../../../main/services/store/migrations/006-reviews.ts';
import { migrations } from '../../../../../../main/services/store/migrations/index.ts';
import { ReviewRepository } from '../../../../../../main/services/store/repositories/review-repository.ts';
import { useTempDir } from '../../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

const entry = { at: '2026-02-01T10:00:00Z', author: 'Dr Spine', findingUid: null, verdict: null, reviewedLabel: null, label: null, text: null, clinical: null, caseRevision: 3 };

/** A database one version before reviews, with a signed report (a final version) and a draft one. */
function previousVersion(dir: string): void {
  const db = openDatabase(dir, migrations.filter((m) => m.version < reviews.version));
  db.exec(`
    INSERT INTO reports (study_instance_uid, created_at) VALUES ('1.2.3', 'now'), ('1.2.4', 'now');
    INSERT INTO report_versions (report_ref, number, kind, created_at, author, content, signed_by, signed_at)
      VALUES (1, 1, 'final', 'now', 'dr', '{}', 'Dr Reader', 'now'), (2, 1, 'draft', 'now', 'dr', '{}', NULL, NULL);
  `);
  db.close();
}

describe('migration 006: reviews', () => {
  it('upgrades the previous version on disk, keeping its reports, and takes a review of a signed version', () => {
    const dir = tempDir();
    previousVersion(dir);
    const db = openDatabase(dir, migrations.filter((m) => m.version <= reviews.version));
    expect(schemaVersion(db)).toBe(reviews.version);
    expect(db.prepare('SELECT count(*) FROM report_versions').pluck().get()).toBe(2);
    const repo = new ReviewRepository(db);
    const review = repo.create({ studyInstanceUID: '1.2.3', basis: 'signed', reportVersionRef: 1, ruleset: 'r@1', createdAt: 'now', createdBy: 'Dr Spine' });
    repo.append({ ...entry, reviewRef: review.id, kind: 'verdict', findingUid: 'f1', verdict: 'disagree', reviewedLabel: 'possibly-contributory', label: 'likely-pain-generator' });
    repo.append({ ...entry, reviewRef: review.id, kind: 'note', text: 'Physiotherapy first.' });
    repo.append({ ...entry, reviewRef: review.id, kind: 'clinical', clinical: '{"axialPain":true}' });
    expect(repo.forBasis('1.2.3', 1)).toEqual(review);
    expect(repo.latest('1.2.3')).toEqual(review);
    expect(repo.entries(review.id).map((e) => e.kind)).toEqual(['verdict', 'note', 'clinical']);
    db.close();

    const raw = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    raw.close();
  });

  it('refuses entries that are not a verdict, a note or a clinical picture, and a review of a draft version as signed', () => {
    const dir = tempDir();
    previousVersion(dir);
    const db = openDatabase(dir, migrations.filter((m) => m.version <= reviews.version));
    const repo = new ReviewRepository(db);
    expect(() => repo.create({ studyInstanceUID: '1.2.4', basis: 'signed', reportVersionRef: 2, ruleset: 'r', createdAt: 'now', createdBy: 'x' })).toThrow(/only a signed version/);
    expect(() => repo.create({ studyInstanceUID: '1.2.3', basis: 'live', reportVersionRef: 1, ruleset: 'r', createdAt: 'now', createdBy: 'x' })).toThrow(/CHECK/);
    const live = repo.create({ studyInstanceUID: '1.2.4', basis: 'live', reportVersionRef: null, ruleset: 'r', createdAt: 'now', createdBy: 'x' });
    expect(() => repo.create({ studyInstanceUID: '1.2.4', basis: 'live', reportVersionRef: null, ruleset: 'r', createdAt: 'now', createdBy: 'x' })).toThrow(/UNIQUE/);
    const reviewRef = live.id;
    const verdict = { ...entry, reviewRef, kind: 'verdict' as const, findingUid: 'f1', reviewedLabel: 'possibly-contributory' as const };
    expect(() => repo.append({ ...verdict, verdict: 'disagree' })).toThrow(/CHECK/); // no label
    expect(() => repo.append({ ...verdict, verdict: 'disagree', label: 'possibly-contributory' })).toThrow(/CHECK/); // the same label
    expect(() => repo.append({ ...verdict, verdict: 'agree', label: 'likely-pain-generator' })).toThrow(/CHECK/);
    expect(() => repo.append({ ...verdict, verdict: 'comment' })).toThrow(/CHECK/); // no text
    expect(() => repo.append({ ...verdict, verdict: 'comment', text: ' ' })).toThrow(/CHECK/);
    expect(() => repo.append({ ...verdict, verdict: null })).toThrow(/CHECK/);
    expect(() => repo.append({ ...entry, reviewRef, kind: 'note' })).toThrow(/CHECK/);
    expect(() => repo.append({ ...entry, reviewRef, kind: 'note', text: 'x', findingUid: 'f1' })).toThrow(/CHECK/);
    expect(() => repo.append({ ...entry, reviewRef, kind: 'clinical' })).toThrow(/CHECK/);
    expect(() => repo.append({ ...entry, reviewRef, kind: 'clinical', clinical: 'not json' })).toThrow(/CHECK/);
    expect(() => repo.append({ ...entry, reviewRef, kind: 'note', text: 'x', author: ' ' })).toThrow(/CHECK/);
    repo.append({ ...verdict, verdict: 'comment', text: 'fine' });
    expect(repo.entries(reviewRef)).toHaveLength(1);
    expect(() => db.prepare('UPDATE reviews SET ruleset = ?').run('r@2')).toThrow(/never changed/);
    expect(() => db.prepare('UPDATE review_entries SET text = ?').run('changed')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM review_entries').run()).toThrow(/append-only/);
    db.close();
  });
});
