import fs from 'node:fs';
import path from 'node:path';
import type { Preferences } from '../../../shared/ipc/channels/preferences.ts';
import { forgetCurrentUser, PREFERENCES_FILE } from '../cases/user.ts';

/**
 * Preferences live in the data folder's preferences.json, the file the case service reads
 * `userName` from; keys other than ours are kept as they are. Written to a temporary file and
 * renamed, so a crash leaves the old file or the new one, never half of one.
 */
type Stored = Record<string, unknown>;

function read(dataDir: string): Stored {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, PREFERENCES_FILE), 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

function nameOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : null;
}

export function readPreferences(dataDir: string): Preferences {
  const stored = read(dataDir);
  return {
    radiologistName: nameOrNull(stored.radiologistName),
    userName: nameOrNull(stored.userName),
    organization: nameOrNull(stored.organization),
    pageSize: stored.pageSize === 'Letter' ? 'Letter' : 'A4',
  };
}

export function writePreferences(dataDir: string, changes: Partial<Preferences>): Preferences {
  const stored = read(dataDir);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null || value === '') delete stored[key];
    else stored[key] = value;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, PREFERENCES_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(fd, `${JSON.stringify(stored, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  forgetCurrentUser(dataDir);
  return readPreferences(dataDir);
}
