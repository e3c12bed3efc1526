import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../../../main/services/context.ts';
import { writePreferences } from '../../../../../main/services/preferences/preferences.ts';
import { keyImageOf } from '../../../../../main/services/report/key-image/key-image.ts';
import { reportPdf, reportSr } from '../../../../../main/services/report/report-outputs.ts';
import { openReport, signReport } from '../../../../../main/services/report/report-service.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { useServices } from '../cases/support/services.ts';
import { checkSr } from '../export/sr/dicom-checks.ts';
import { seedDemoReport, type DemoReport } from './demo-report.ts';
import { pdfText } from './pdf-text.ts';

const tempDir = useTempDir();

/** The pixels of a PNG our encoder wrote (one IDAT, filter 0 on every row). */
function rgbOfPng(png: Buffer, width: number, height: number): Uint8Array {
  const idat = png.indexOf('IDAT');
  const length = png.readUInt32BE(idat - 4);
  const raw = zlib.inflateSync(png.subarray(idat + 4, idat + 4 + length));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) raw.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1));
  return rgb;
}

/** Kept under test-results/ to look at (git-ignored). */
function writeScreenshot(name: string, bytes: Buffer): void {
  const dir = path.resolve(import.meta.dirname, '../../../../../test-results/report');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), bytes);
}
const servicesWith = useServices(tempDir);

async function signedDemo(): Promise<{ services: Services; seeded: DemoReport }> {
  const services = servicesWith([]);
  const seeded = await seedDemoReport(services);
  writePreferences(services.dataDir, { radiologistName: 'Dr Ada Reader', organization: 'Spine Imaging Unit' });
  const draft = openReport(services, seeded.studyInstanceUID);
  signReport(services, { studyInstanceUID: seeded.studyInstanceUID, baseNumber: draft.version.number });
  return { services, seeded };
}

describe('key images', () => {
  it('draws the anchored slice windowed, with a yellow arrow tip on the anchor', async () => {
    const services = servicesWith([]);
    const { demo, anchor } = await seedDemoReport(services);
    const axial = demo.manifest.series.find((s) => s.key.includes('ax') || s.plane === 'axial')!;
    const image = await keyImageOf(services.db, { id: 'f1', level: 'L4-L5', type: 'disc-herniation', morphology: 'extrusion', anchor });
    expect(image?.kind).toBe('image');
    if (image?.kind !== 'image') return;
    expect([image.width, image.height]).toEqual([axial.columns, axial.rows]);
    expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.caption).toMatch(/^L4–L5 extrusion \(.+, image \d+\)$/);
    const pixels = rgbOfPng(image.png, image.width, image.height);
    const at = (x: number, y: number) => [...pixels.subarray((Math.round(y) * image.width + Math.round(x)) * 3, (Math.round(y) * image.width + Math.round(x)) * 3 + 3)];
    expect(at(anchor.imagePoint[0], anchor.imagePoint[1])).toEqual([255, 214, 0]);
    const greys = new Set<number>();
    for (let i = 0; i < pixels.length; i += 3) if (pixels[i] === pixels[i + 1]) greys.add(pixels[i]!);
    expect(greys.size).toBeGreaterThan(50); // a windowed image, not a blank square
    writeScreenshot('key-image.png', image.png);
  });

  it('is a placeholder that says why when the pixel data is compressed', async () => {
    const services = servicesWith([]);
    const { anchor } = await seedDemoReport(services);
    services.db.prepare("UPDATE instances SET transfer_syntax_uid = '1.2.840.10008.1.2.4.202' WHERE sop_instance_uid = ?").run(anchor.sopInstanceUID);
    const image = await keyImageOf(services.db, { id: 'f1', level: 'L4-L5', type: 'disc-herniation', anchor });
    expect(image).toMatchObject({ kind: 'placeholder', reason: 'The image is stored HTJ2K compressed, which key images do not decode yet. Open the study to view it.' });
  });
});

describe('the PDF of a signed report', () => {
  it('is a PDF with the study header, the impression, the signature, page numbers and the key image', async () => {
    const { services, seeded } = await signedDemo();
    const pdf = await reportPdf(services, seeded.studyInstanceUID, { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('MRI Lumbar Spine');
    expect(text).toContain('FINAL');
    expect(text).toContain('IMPRESSION');
    expect(text).toContain('Likely pain generator: left L4–L5 subarticular extrusion compressing the traversing left L5 root, concordant with the left L5 radiculopathy.');
    expect(text).toContain('Dr Ada Reader');
    expect(text).toContain('Spine Imaging Unit');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).toContain('KEY IMAGES');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    writeScreenshot('signed-report.pdf', pdf);
  });
});

describe('the SR of a signed report', () => {
  it('is valid, names the signer, references the anchored demo image and keeps its UIDs on every export', async () => {
    const { services, seeded } = await signedDemo();
    const first = reportSr(services, seeded.studyInstanceUID);
    const again = reportSr(services, seeded.studyInstanceUID);
    expect(again.sopInstanceUID).toBe(first.sopInstanceUID);
    const checks = checkSr(first.bytes);
    expect(checks.iodErrors).toEqual([]);
    expect(checks.dsrdumpErrors).toEqual([]);
    expect(checks.tree).toContain('"Person Observer Name")="Reader^Ada^^Dr"');
    expect(checks.tree).toContain(`<contains IMAGE:(,,"Source of Measurement")=(MR image,"${seeded.anchor.sopInstanceUID}")>`);
    expect(checks.tree).toMatch(/"Tracking Identifier"\)="Finding f1: left L4–L5 subarticular extrusion/);
    expect(checks.tree).toMatch(/"Tracking Identifier"\)="Finding f2: L5–S1 Modic type 1 endplate changes/);
    expect(checks.dump).toContain(`(0020,000d) UI [${seeded.studyInstanceUID}]`);
  });
});
