import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseStore } from '../../../../../main/services/cases/case-store.ts';
import { changeCase } from '../../../../../main/services/cases/change.ts';
import { findingValues } from '../../../../../main/services/cases/case-document.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { currentUser, PREFERENCES_FILE } from '../../../../../main/services/cases/user.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

describe('a change of a case', () => {
  it('is all or nothing: a failure after a write leaves no row, no revision and no audit', () => {
    const s = services();
    openCase(s, STUDY);
    expect(() =>
      changeCase(s, STUDY, ({ store, caseRow, at }) => {
        store.findings.insert(caseRow.id, findingValues({ id: 'f1', level: 'L4-L5', type: 'modic' }), 0, at);
        throw new Error('disk on fire');
      }),
    ).toThrow('disk on fire');
    const view = openCase(s, STUDY);
    expect(view.revision).toBe(0);
    expect(view.document.findings).toEqual([]);
    expect(caseStore(s.db).audit.ofCase(1)).toHaveLength(1);
  });

  it('records the user named in the preferences, else the operating-system user', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, PREFERENCES_FILE), JSON.stringify({ userName: 'Dr Ada Reader' }));
    expect(currentUser(dir)).toBe('Dr Ada Reader');
    const other = tempDir();
    expect(currentUser(other)).not.toBe('Dr Ada Reader');
    expect(currentUser(other).length).toBeGreaterThan(0);
  });
});
