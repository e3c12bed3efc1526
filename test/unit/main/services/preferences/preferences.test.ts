import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentUser, PREFERENCES_FILE } from '../../../../../main/services/cases/user.ts';
import { readPreferences, writePreferences } from '../../../../../main/services/preferences/preferences.ts';

const folders: string[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-prefs-'));
  folders.push(dir);
  return dir;
}
afterEach(() => folders.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('preferences', () => {
  it('start empty, A4, with no names', () => {
    expect(readPreferences(dataDir())).toEqual({ radiologistName: null, userName: null, organization: null, pageSize: 'A4' });
  });

  it('a new user name is the one the next change is recorded under, without a restart', () => {
    const dir = dataDir();
    const before = currentUser(dir);
    expect(before).not.toBe('Dr Lee Physio');
    expect(writePreferences(dir, { userName: 'Dr Lee Physio' }).userName).toBe('Dr Lee Physio');
    expect(currentUser(dir)).toBe('Dr Lee Physio');
    writePreferences(dir, { userName: null });
    expect(currentUser(dir)).toBe(before);
  });

  it('keep keys they do not know, and the other names, when one changes', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, PREFERENCES_FILE), JSON.stringify({ radiologistName: 'Dr Ada Reader', theme: 'dark' }));
    writePreferences(dir, { userName: 'Dr Lee Physio' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, PREFERENCES_FILE), 'utf8'))).toEqual({ radiologistName: 'Dr Ada Reader', theme: 'dark', userName: 'Dr Lee Physio' });
  });
});
