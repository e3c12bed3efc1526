import { beforeAll, describe, expect, it } from 'vitest';
import { readFrame } from '../../../../../main/services/report/key-image/pixel-frame.ts';
import { indexedInstance } from '../../../../../main/services/report/study-index.ts';
import { openDatabase, type Db } from '../../../../../main/services/store/database.ts';
import { writeTransferSyntaxSet, type TransferSyntaxSet } from '../../../../fixtures/transfer-syntaxes/write-variants.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { importHere } from '../dicom/import-helpers.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tempDir = useTempDir();
let set: TransferSyntaxSet;
let setDir: string;

beforeAll(async () => {
  setDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-syntaxes-'));
  set = await writeTransferSyntaxSet(setDir);
  return () => fs.rmSync(setDir, { recursive: true, force: true });
}, 120_000);

async function framesByVariant(db: Db): Promise<Map<string, Awaited<ReturnType<typeof readFrame>>>> {
  const frames = new Map<string, Awaited<ReturnType<typeof readFrame>>>();
  for (const series of set.series) {
    const instance = indexedInstance(db, series.files[0]!.sopInstanceUid)!;
    frames.set(series.variant.key, await readFrame(db, instance, 0));
  }
  return frames;
}

function meanAbsoluteDifference(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

describe('key image pixels in every transfer syntax the fixtures write', () => {
  it('decodes the same frame from native, RLE, JPEG lossless, JPEG-LS and JPEG 2000; says why for the rest', async () => {
    const db = openDatabase(tempDir());
    await importHere(db, [setDir]);
    const frames = await framesByVariant(db);
    const reference = frames.get('explicit-le');
    expect(reference?.ok).toBe(true);
    if (!reference?.ok) return;
    const lossless = ['implicit-le', 'explicit-be', 'jpeg-lossless', 'jpeg-lossless-sv1', 'jpeg-ls-lossless', 'jpeg2000-lossless', 'rle'];
    for (const key of lossless.filter((k) => frames.has(k))) {
      const frame = frames.get(key)!;
      expect(frame.ok, key).toBe(true);
      if (frame.ok) expect(meanAbsoluteDifference(frame.frame.values, reference.frame.values), key).toBe(0);
    }
    for (const key of ['jpeg-ls-near-lossless', 'jpeg2000-lossy'].filter((k) => frames.has(k))) {
      const frame = frames.get(key)!;
      expect(frame.ok, key).toBe(true);
      if (frame.ok) expect(meanAbsoluteDifference(frame.frame.values, reference.frame.values), key).toBeLessThan(20);
    }
    const baseline = frames.get('jpeg-baseline');
    if (baseline) expect(baseline.ok && new Set(baseline.frame.values).size > 20).toBe(true);
    expect(frames.get('deflated-le')).toEqual({ ok: false, reason: 'The image is stored deflated, which key images do not decode yet. Open the study to view it.' });
    expect(frames.get('jpeg-extended')).toEqual({ ok: false, reason: 'The image is stored JPEG extended (12-bit) compressed, which key images do not decode yet. Open the study to view it.' });
    expect(set.skipped).toEqual([]);
    db.close();
  });
});
