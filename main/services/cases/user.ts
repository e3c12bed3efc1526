import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The preferences file in the data folder; `userName` is the name audit rows and cases record. */
export const PREFERENCES_FILE = 'preferences.json';

const cache = new Map<string, string>();

function fromPreferences(dataDir: string): string | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, PREFERENCES_FILE), 'utf8')) as { userName?: unknown };
    return typeof parsed.userName === 'string' && parsed.userName.trim() ? parsed.userName.trim().slice(0, 200) : null;
  } catch {
    return null;
  }
}

function fromOperatingSystem(): string | null {
  try {
    return os.userInfo().username || null;
  } catch {
    // No passwd entry for this uid (some containers).
    return null;
  }
}

/** After the preferences change: the next change is recorded under the name they now give. */
export function forgetCurrentUser(dataDir: string): void {
  cache.delete(dataDir);
}

/** Who is making changes: `userName` from the preferences, else the operating-system user. */
export function currentUser(dataDir: string): string {
  let user = cache.get(dataDir);
  if (user === undefined) {
    user = fromPreferences(dataDir) ?? fromOperatingSystem() ?? 'unknown user';
    cache.set(dataDir, user);
  }
  return user;
}
