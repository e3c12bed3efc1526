import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function layeringMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it('rejects Node built-ins and SQLite in shared/', async () => {
    expect(await layeringMessages('shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await layeringMessages('shared/domain/x.ts', "import D from 'better-sqlite3';\nexport const a = D;\n")).toHaveLength(1);
  });

  it('rejects shared/ importing main/ or renderer/', async () => {
    expect(await layeringMessages('shared/domain/x.ts', "import { a } from '../../main/handlers.ts';\nexport const b = a;\n")).toHaveLength(1);
    expect(await layeringMessages('shared/domain/x.ts', "import { a } from '../../renderer/app/App.tsx';\nexport const b = a;\n")).toHaveLength(1);
  });

  it('rejects main/ and renderer/ importing each other, at run time', async () => {
    expect(await layeringMessages('renderer/app/x.ts', "import { dispatch } from '../../main/handlers.ts';\nexport const a = dispatch;\n")).toHaveLength(1);
    expect(await layeringMessages('main/services/x.ts', "import { App } from '../../renderer/app/App.tsx';\nexport const a = App;\n")).toHaveLength(1);
    expect(await layeringMessages('renderer/app/x.ts', "export const load = () => import('../../main/handlers.ts');\n")).toHaveLength(1);
  });

  it("allows 'electron' only in main/app and main/preload", async () => {
    const code = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await layeringMessages('main/services/x.ts', code)).toHaveLength(1);
    expect(await layeringMessages('renderer/x.ts', code)).toHaveLength(1);
    expect(await layeringMessages('main/app/x.ts', code)).toEqual([]);
    expect(await layeringMessages('main/preload/x.ts', code)).toEqual([]);
  });

  it('lets type-only imports cross boundaries, and shared/ use zod', async () => {
    expect(await layeringMessages('renderer/x.ts', "import type { Services } from '../main/services/context.ts';\nexport type S = Services;\n")).toEqual([]);
    expect(await layeringMessages('shared/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    expect(await layeringMessages('renderer/x.ts', "import { contract } from '../shared/ipc/contract.ts';\nexport const c = contract;\n")).toEqual([]);
  });

  it('passes on the whole tree as it stands', async () => {
    const results = await eslint.lintFiles(['main', 'renderer', 'shared']);
    const violations = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'local/layering').map((m) => `${r.filePath}: ${m.message}`));
    expect(violations).toEqual([]);
  });
});
