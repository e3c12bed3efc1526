import { viewerLayoutSchema, type ViewerLayout } from '../../../../shared/ipc/channels/viewer.ts';
import type { Db } from '../database.ts';

export const VIEWER_LAYOUT_QUERIES = {
  get: 'SELECT layout FROM viewer_layouts WHERE study_instance_uid = ?',
  put: `INSERT INTO viewer_layouts (study_instance_uid, layout, updated_at) VALUES (?, ?, ?)
          ON CONFLICT (study_instance_uid) DO UPDATE SET layout = excluded.layout, updated_at = excluded.updated_at`,
} as const;

/** The layout remembered for a study; null when none was saved or what was saved no longer parses. */
export function viewerLayoutOf(db: Db, studyInstanceUID: string): ViewerLayout | null {
  const json = db.prepare<[string], string>(VIEWER_LAYOUT_QUERIES.get).pluck().get(studyInstanceUID);
  if (json === undefined) return null;
  try {
    const parsed = viewerLayoutSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remembers (replacing) the layout of a study. */
export function saveViewerLayout(db: Db, studyInstanceUID: string, layout: ViewerLayout, now: Date = new Date()): { saved: true } {
  db.prepare(VIEWER_LAYOUT_QUERIES.put).run(studyInstanceUID, JSON.stringify(layout), now.toISOString());
  return { saved: true };
}
