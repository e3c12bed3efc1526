import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index.ts';
import { closeServices, createServices } from '../../../../main/services/create-services.ts';
import { silentLogger } from '../../../../main/services/log.ts';
import { writePreferences } from '../../../../main/services/preferences/preferences.ts';
import { openReport, signReport } from '../../../../main/services/report/report-service.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';
import { checkSr } from '../services/export/sr/dicom-checks.ts';
import { seedDemoReport } from '../services/report/demo-report.ts';

function sink(isTTY = false): Writable & { text: () => string; bytes: () => Buffer; isTTY: boolean } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8'), bytes: () => Buffer.concat(chunks), isTTY });
}

async function cli(args: string[], options: { terminal?: boolean } = {}) {
  const stdout = sink(options.terminal);
  const stderr = sink();
  const code = await runCli(args, { stdout, stderr }, {});
  return { code, stdout: stdout.text(), bytes: stdout.bytes(), stderr: stderr.text() };
}

const tempDir = useTempDir();

const example = {
  format: 'spinecorrelate.case/1',
  study: { studyInstanceUID: '1.2.826.0.1.3680043.8.498.5', date: '2026-01-31' },
  patient: { age: 38, sex: 'M' },
  clinical: { durationWeeks: 8, axialPain: true, legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }], redFlags: [] },
  findings: [{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'subarticular', side: 'left', morphology: 'extrusion', rootCompromise: { root: 'L5', grade: 'compression' } }],
};

function writeCase(json: unknown): string {
  const file = path.join(tempDir(), 'case.json');
  fs.writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

const IMPRESSION = '1. Likely pain generator: left L4–L5 subarticular extrusion compressing the traversing left L5 root, concordant with the left L5 radiculopathy.';

describe('spinecorrelate report <case.json>', () => {
  it('prints the drafted report as text by default', async () => {
    const { code, stdout, stderr } = await cli(['--data-dir', tempDir(), 'report', writeCase(example)]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('MRI LUMBAR SPINE (DRAFT, NOT SIGNED)\nStudy date: 2026-01-31\n\nCLINICAL INDICATION\n38-year-old man')).toBe(true);
    expect(stdout).toContain(`IMPRESSION\n${IMPRESSION}\n`);
  });

  it('prints JSON with the sections and their stable ids', async () => {
    const { code, stdout } = await cli(['--data-dir', tempDir(), 'report', writeCase(example), '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { format: string; status: string; ruleset: string; sections: { id: string; text: string }[] };
    expect(report).toMatchObject({ format: 'spinecorrelate.report/1', status: 'draft', ruleset: 'spinecorrelate-rules@1.0.0' });
    expect(report.sections.map((s) => s.id)).toEqual(['indication', 'technique', 'findings', 'other-findings', 'impression']);
    expect(report.sections.at(-1)!.text).toBe(IMPRESSION);
  });

  it('writes a PDF with --out, and to a pipe, but refuses to write binary to a terminal', async () => {
    const out = path.join(tempDir(), 'report.pdf');
    expect((await cli(['--data-dir', tempDir(), 'report', writeCase(example), '--format', 'pdf', '--out', out])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const piped = await cli(['--data-dir', tempDir(), 'report', writeCase(example), '--format', 'pdf']);
    expect(piped.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const terminal = await cli(['--data-dir', tempDir(), 'report', writeCase(example), '--format', 'sr'], { terminal: true });
    expect(terminal.code).toBe(1);
    expect(terminal.stderr).toContain('sr is binary: give --out FILE');
  });

  it('writes a valid SR of the case, and refuses one for a case that names no study', async () => {
    const out = path.join(tempDir(), 'report.dcm');
    expect((await cli(['--data-dir', tempDir(), 'report', writeCase(example), '--format', 'sr', '--out', out])).code).toBe(0);
    const checks = checkSr(fs.readFileSync(out));
    expect(checks.iodErrors).toEqual([]);
    expect(checks.dsrdumpErrors).toEqual([]);
    expect(checks.tree).toContain('"Tracking Identifier")="Finding f1: left L4–L5 subarticular extrusion');
    const { study: _study, ...noStudy } = example;
    const refused = await cli(['--data-dir', tempDir(), 'report', writeCase(noStudy), '--format', 'sr', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('spinecorrelate report: the case names no study (study.studyInstanceUID), and an SR belongs to one\n');
  });

  it('exits 2 with one line for a bad case and 1 for wrong usage', async () => {
    const invalid = await cli(['--data-dir', tempDir(), 'report', writeCase({ ...example, findings: [{ id: 'x', type: 'disc-bulge', level: 'L9-L10' }] })]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^spinecorrelate report: invalid case: findings\[0\]\.level: must be a disc level/);
    expect((await cli(['report', path.join(tempDir(), 'missing.json')])).stderr).toBe('spinecorrelate report: the case file does not exist\n');
    expect((await cli(['report', writeCase(example), '--format', 'docx'])).code).toBe(1);
    expect((await cli(['report', writeCase(example), '--study', '1.2.3'])).code).toBe(1);
    expect((await cli(['report'])).code).toBe(1);
  });
});

describe('spinecorrelate report --study', () => {
  it('prints the signed report of an imported study, and writes its PDF and SR', async () => {
    const dataDir = tempDir();
    const services = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null });
    const { studyInstanceUID } = await seedDemoReport(services);
    writePreferences(dataDir, { radiologistName: 'Dr Ada Reader' });
    const draft = openReport(services, studyInstanceUID);
    signReport(services, { studyInstanceUID, baseNumber: draft.version.number });
    await closeServices(services);

    const text = await cli(['--data-dir', dataDir, 'report', '--study', studyInstanceUID]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^MRI LUMBAR SPINE\nStudy: /);
    expect(text.stdout).toMatch(/\n\nSigned by Dr Ada Reader on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.\n$/);

    const pdf = path.join(tempDir(), 'signed.pdf');
    expect((await cli(['--data-dir', dataDir, 'report', '--study', studyInstanceUID, '--format', 'pdf', '--out', pdf])).code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sr = path.join(tempDir(), 'signed.dcm');
    expect((await cli(['--data-dir', dataDir, 'report', '--study', studyInstanceUID, '--format', 'sr', '--out', sr])).code).toBe(0);
    const checks = checkSr(fs.readFileSync(sr));
    expect(checks.iodErrors).toEqual([]);
    expect(checks.tree).toMatch(/Verification Flag\s+: VERIFIED/);
  });

  it('exits 2 for a study with no case', async () => {
    const { code, stderr } = await cli(['--data-dir', tempDir(), 'report', '--study', '1.2.3.4.5']);
    expect(code).toBe(2);
    expect(stderr).toBe('spinecorrelate report: This study has no case yet: open it for reading first.\n');
  });
});
