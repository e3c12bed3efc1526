import type { Migration } from './index.ts';

/**
 * The viewer layout the reader chose per study: the grid and the series in each viewport. A
 * viewing preference, not case data: it is not exported with a case and not audited. Keyed by
 * Study Instance UID and naming series by their UIDs so it survives a re-import (which renumbers
 * the index rows); a layout naming a series that is gone falls back to the hanging protocol.
 */
export const viewerLayout: Migration = {
  version: 5,
  name: 'viewer-layout',
  up(db) {
    db.exec(`
      CREATE TABLE viewer_layouts (
        study_instance_uid TEXT PRIMARY KEY,
        -- JSON: { "grid": "1x3", "viewports": [seriesInstanceUID | null, × 4] }
        layout TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
