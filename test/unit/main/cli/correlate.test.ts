import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/cli/index.ts';
import { correlationSchema } from '../../../../shared/correlation/index.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';
import { allScenarios } from '../../shared/correlation/scenarios/index.ts';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(args, { stdout, stderr }, {});
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const tempDir = useTempDir();

function writeCase(json: unknown, name = 'case.json'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

const example = {
  format: 'spinecorrelate.case/1',
  patient: { age: 38, sex: 'M' },
  clinical: { durationWeeks: 8, axialPain: true, legPain: [{ side: 'left', roots: ['L5'] }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }], redFlags: ['cancer-history'] },
  findings: [
    { id: 'f1', type: 'disc-herniation', level: 'L4-L5', zone: 'subarticular', side: 'left', morphology: 'extrusion', rootCompromise: { root: 'L5', grade: 'compression' } },
    { id: 'f2', type: 'disc-bulge', level: 'L3-L4' },
  ],
};

describe('spinecorrelate correlate', () => {
  it('prints a table with label, level, finding and main reason, red flags first', async () => {
    const { code, stdout, stderr } = await cli(['correlate', writeCase(example)]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Correlation (spinecorrelate-rules@1.0.0)');
    expect(lines[2]).toBe('RED FLAGS');
    expect(lines[3]).toMatch(/^ {2}Red flag "History of cancer": no marrow-replacing lesion/);
    const header = lines.findIndex((line) => line.startsWith('LABEL'));
    expect(lines[header]).toMatch(/^LABEL\s+LEVEL\s+ID\s+FINDING\s+MAIN REASON$/);
    expect(lines[header + 1]).toMatch(/^probably incidental\s+L3-L4\s+f2\s+Disc bulge\s+Disc bulge is seen in about 48% of people aged 38 without back pain\.$/);
    expect(lines[header + 2]).toMatch(/^likely pain generator\s+L4-L5\s+f1\s+Disc herniation \(left, extrusion subarticular, L5 compression\)\s+Concordant: left L5 dermatomal leg pain and left L5 motor deficit\.$/);
    expect(stdout).toContain('Pain-generator candidates, most likely first: f1 (L4-L5)');
    expect(stdout).toContain('Imaging appropriateness: indicated. Red flags recorded (history of cancer)');
    expect(stdout).toContain('Epidemiology: In people aged 38 without back pain, MRI shows disc bulges in about 48%');
    expect(stdout).not.toContain('EVIDENCE');
  });

  it('--explain adds every reason and the cited evidence with its figures', async () => {
    const { code, stdout } = await cli(['correlate', writeCase(example), '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('f1  L4-L5  Disc herniation (left, extrusion subarticular, L5 compression)');
    expect(stdout).toContain('  label: likely pain generator (confidence high)');
    expect(stdout).toMatch(/ {4}2\. The root is compressed \(Pfirrmann 2004 grade 3, the strongest grade\)\. \[pfirrmann-2004\]/);
    expect(stdout).toContain('  concordance: L5 left: concordant (left L5 dermatomal leg pain; left L5 motor deficit)');
    expect(stdout).toContain('  asymptomatic prevalence: 48% at age 38 [brinjikji-2015-prevalence]');
    expect(stdout).toMatch(/\[brinjikji-2015-or\] Brinjikji W, Diehn FE, Jarvik JG/);
    expect(stdout).toContain('      Disc extrusion: OR 4.38; 95% CI 1.98–9.68; P <.01');
    expect(stdout).toContain('      Disc bulge: 20 y 30; 30 y 40; 40 y 50; 50 y 60; 60 y 69; 70 y 77; 80 y 84');
    expect(stdout).toMatch(/\[acr-2021-low-back-pain\] Expert Panel on Neurological Imaging/);
  });

  it('--json prints exactly the correlation v1 document', async () => {
    const { code, stdout, stderr } = await cli(['correlate', writeCase(example), '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const document = JSON.parse(stdout);
    expect(correlationSchema.parse(document)).toEqual(document);
    expect(document.findings.map((f: { id: string; label: string }) => [f.id, f.label])).toEqual([['f2', 'probably-incidental'], ['f1', 'likely-pain-generator']]);
  });

  it('gives the labels of the scenario table on every scenario', async () => {
    for (const scenario of allScenarios) {
      const { code, stdout } = await cli(['correlate', writeCase(scenario.case), '--json']);
      expect(code, scenario.name).toBe(0);
      const labels = Object.fromEntries(JSON.parse(stdout).findings.map((f: { id: string; label: string }) => [f.id, f.label]));
      expect(labels, scenario.name).toEqual(scenario.expect);
    }
  });

  it.each([
    [{ ...example, findings: [{ id: 'f1', type: 'disc-herniation', level: 'L4-L5', morphology: 'huge' }] }, 'spinecorrelate correlate: invalid case: findings[0].morphology: must be one of protrusion, extrusion, sequestration\n'],
    [{ ...example, findings: [{ id: 'f1', type: 'modic', level: 'L4' }, { id: 'f2', type: 'modic', level: 'L9' }] }, /^spinecorrelate correlate: invalid case: findings\[0\]\.level: must be a disc level: one of T11-T12, .*\(and 1 more\)\n$/],
    ['{"format": "spinecorrelate.case/1", "patient": {"name": "Jane Doe"', /^spinecorrelate correlate: invalid case: \(root\): is not valid JSON at position \d+/],
    [{ format: 'spinecorrelate.case/9' }, 'spinecorrelate correlate: invalid case: format: must be "spinecorrelate.case/1"\n'],
  ])('exits 2 with a one-line message naming the field for invalid input %#', async (content, message) => {
    const { code, stdout, stderr } = await cli(['correlate', writeCase(content)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    if (typeof message === 'string') expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
    expect(stderr).not.toContain('Jane');
  });

  it('exits 2 for a missing file without printing its path', async () => {
    const missing = path.join(tempDir(), 'Jane Doe 1970.json');
    const { code, stderr } = await cli(['correlate', missing]);
    expect(code).toBe(2);
    expect(stderr).toBe('spinecorrelate correlate: the case file does not exist\n');
  });

  it('exits 1 for wrong usage', async () => {
    expect((await cli(['correlate'])).code).toBe(1);
    expect((await cli(['correlate', 'a.json', 'b.json'])).code).toBe(1);
    const unknownOption = await cli(['correlate', 'a.json', '--fast']);
    expect(unknownOption.code).toBe(1);
    expect(unknownOption.stderr).toMatch(/usage: spinecorrelate correlate <case\.json> \[--json\] \[--explain\]/);
  });

  it('is listed in --help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/correlate <case\.json> \[--json\] \[--explain\]\s+correlation format v1 for a case file/);
  });
});
