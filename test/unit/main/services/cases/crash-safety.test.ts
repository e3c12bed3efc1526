import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeServices, createServices } from '../../../../../main/services/create-services.ts';
import { silentLogger } from '../../../../../main/services/log.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { DATABASE_FILE } from '../../../../../main/services/store/database.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY } from './support/services.ts';
import { seedStudy } from './support/seed-study.ts';

const tempDir = useTempDir();
const CHILD = path.join(import.meta.dirname, 'support', 'edit-stream.ts');
/** Acknowledged edits to wait for before the kill: enough to be well inside the stream. */
const KILL_AFTER = 150;

/** Runs the edit stream in a real Node process and SIGKILLs it mid-stream; every line it acknowledged. */
function editUntilKilled(dataDir: string): Promise<{ acks: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, STUDY], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      acks.push(...lines);
      if (acks.length >= KILL_AFTER && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the edit stream ended by itself (code ${code}): ${stderr}`));
      else resolve({ acks, signal });
    });
  });
}

describe('crash safety', () => {
  it('runs on Node 24, as the app does', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('loses no acknowledged edit when the process is killed with SIGKILL mid-stream', async () => {
    const dataDir = tempDir();
    const setup = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null });
    seedStudy(setup.db, { studyInstanceUID: STUDY });
    openCase(setup, STUDY);
    await closeServices(setup);

    const { acks, signal } = await editUntilKilled(dataDir);
    expect(signal).toBe('SIGKILL');
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER);

    // Opened raw first: the WAL left by the killed process is recovered, and the file is sound.
    const raw = new Database(path.join(dataDir, DATABASE_FILE));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    raw.close();

    const reopened = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null });
    const view = openCase(reopened, STUDY);
    const findings = new Map(view.document.findings.map((f) => [f.id, f]));
    for (const ack of acks) {
      const [kind, value] = ack.split(' ') as [string, string];
      if (kind === 'add') expect(findings.has(value), `acknowledged ${ack}`).toBe(true);
      if (kind === 'update') expect(findings.get(value), `acknowledged ${ack}`).toMatchObject({ pfirrmann: 4 });
    }
    const lastClinical = Math.max(...acks.filter((a) => a.startsWith('clinical ')).map((a) => Number(a.split(' ')[1])));
    // The last acknowledged clinical edit is there, or one after it that committed before the kill.
    expect(view.document.clinical!.durationWeeks!).toBeGreaterThanOrEqual(lastClinical);
    expect(view.revision).toBeGreaterThanOrEqual(acks.length);
    const audit = reopened.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit').get()!.n;
    expect(audit).toBe(view.revision + 1);
    await closeServices(reopened);
  });
});
