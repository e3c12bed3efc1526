import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Dataset, findElement, stringOf } from '../../../../../main/services/deid/dicom/dataset.ts';
import { readDicomFile } from '../../../../../main/services/deid/dicom/read-file.ts';
import { deidentifyFile, type DeidentifiedFile, type DeidentifyFileOptions, type Subject } from '../../../../../main/services/deid/deidentify-file.ts';
import { projectKeys } from '../../../../../main/services/deid/keys.ts';
import { hasTool, runTool } from '../../../../fixtures/external-tool.ts';
import { PHI_PATIENTS, type PhiStudy, writePhiStudies } from '../../../../fixtures/phi-study.ts';
import { scanBytesForLeaks } from '../../../../helpers/leak-scan.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';

const keys = projectKeys(new Uint8Array(32).fill(7));
const options = (overrides: Partial<DeidentifyFileOptions> = {}): DeidentifyFileOptions => ({
  dates: 'shift',
  mapUid: keys.mapUid,
  includeBurnedIn: false,
  appVersion: '0.1.0-test',
  ...overrides,
});
const subjectOf = (study: PhiStudy): Subject => ({
  patientPseudonym: keys.patientPseudonym(study.patientKey),
  casePseudonym: keys.casePseudonym(study.studyInstanceUID),
  offsetDays: keys.dateOffsetDays(study.patientKey),
});

function written(result: DeidentifiedFile): Extract<DeidentifiedFile, { kind: 'written' }> {
  if (result.kind !== 'written') throw new Error(`skipped: ${result.reason}`);
  return result;
}

function allTags(dataset: Dataset): number[] {
  return dataset.flatMap((e) => [e.tag, ...(e.kind === 'sequence' ? e.items.flatMap(allTags) : [])]);
}

describe('deidentifyFile', () => {
  const tempDir = useTempDir();
  let dir: string;
  let studies: PhiStudy[];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'phi-'));
    studies = writePhiStudies(dir);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(PHI_PATIENTS.map((p) => p.key))('leaves nothing identifying in %s files, at any depth or in any charset', (key) => {
    const study = studies.find((s) => s.patient.key === key)!;
    for (const file of study.files.filter((f) => !f.burnedIn)) {
      const out = written(deidentifyFile(fs.readFileSync(file.path), subjectOf(study), options()));
      expect(scanBytesForLeaks(out.bytes, study.identifiers, study.identifierBytes)).toEqual([]);
    }
  });

  it('remaps every UID consistently, file meta and references included, and names the patient by pseudonym', () => {
    const study = studies[0]!;
    const [first, second] = study.files;
    const a = written(deidentifyFile(fs.readFileSync(first!.path), subjectOf(study), options()));
    const b = written(deidentifyFile(fs.readFileSync(second!.path), subjectOf(study), options()));
    const file = readDicomFile(a.bytes);
    expect(stringOf(file.meta, 0x00020003)).toBe(keys.mapUid(first!.sopInstanceUID));
    expect(stringOf(file.dataset, 0x00080018)).toBe(keys.mapUid(first!.sopInstanceUID));
    expect(stringOf(file.dataset, 0x0020000d)).toBe(keys.mapUid(study.studyInstanceUID));
    expect(stringOf(file.dataset, 0x00200052)).toBe(keys.mapUid(study.frameOfReferenceUID));
    expect(stringOf(file.dataset, 0x00080016)).toBe('1.2.840.10008.5.1.4.1.1.4');
    // The other image, referenced inside Referenced Image Sequence, under its new UID.
    const references = findElement(file.dataset, 0x00081140);
    expect(references?.kind === 'sequence' && stringOf(references.items[0]!, 0x00081155)).toBe(b.sopInstanceUID);
    expect(stringOf(file.dataset, 0x00100010)).toBe(`${subjectOf(study).patientPseudonym}^`);
    expect(stringOf(file.dataset, 0x00100020)).toBe(subjectOf(study).patientPseudonym);
    expect(stringOf(file.dataset, 0x00101010)).toBe('062Y');
    expect(stringOf(file.dataset, 0x00100040)).toBe('M');
  });

  it('removes private tags, overlays and the listed sequences; empties the listed type 2 attributes', () => {
    const study = studies[0]!;
    const out = written(deidentifyFile(fs.readFileSync(study.files[0]!.path), subjectOf(study), options()));
    const { dataset } = readDicomFile(out.bytes);
    const tags = allTags(dataset);
    expect(tags.filter((tag) => (tag >>> 16) % 2 === 1)).toEqual([]);
    expect(tags).not.toContain(0x00101002); // Other Patient IDs Sequence: X
    expect(tags).not.toContain(0x00400275); // Request Attributes Sequence: X
    expect(tags).not.toContain(0x00204000); // Image Comments: X
    expect(findElement(dataset, 0x00080050)).toMatchObject({ kind: 'value', bytes: new Uint8Array(0) }); // Accession: Z
    expect(stringOf(dataset, 0x00100030)).toBe(''); // Birth date: Z
  });

  it('shifts every date of a patient by the same offset, or removes them and keeps the age', () => {
    const study = studies[0]!;
    const shifted = readDicomFile(written(deidentifyFile(fs.readFileSync(study.files[0]!.path), subjectOf(study), options())).bytes).dataset;
    const offset = subjectOf(study).offsetDays;
    const expected = new Date(Date.UTC(2024, 0, 17) + offset * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    for (const tag of [0x00080012, 0x00080020, 0x00080021, 0x00080022, 0x00080023]) expect(stringOf(shifted, tag)).toBe(expected);
    expect(stringOf(shifted, 0x0008002a)).toBe(`${expected}093012.250000`);
    expect(stringOf(shifted, 0x00280303)).toBe('MODIFIED');

    const removed = readDicomFile(written(deidentifyFile(fs.readFileSync(study.files[0]!.path), subjectOf(study), options({ dates: 'remove' }))).bytes).dataset;
    expect(stringOf(removed, 0x00080020)).toBe('');
    expect(stringOf(removed, 0x00080012)).toBe('');
    expect(stringOf(removed, 0x00280303)).toBe('REMOVED');
    expect(stringOf(removed, 0x00101010)).toBe('062Y');
  });

  it('records the method: (0012,0062) YES, the text, and CID 7050 codes of the options applied', () => {
    const study = studies[0]!;
    const codesOf = (dates: 'shift' | 'remove') => {
      const { dataset } = readDicomFile(written(deidentifyFile(fs.readFileSync(study.files[0]!.path), subjectOf(study), options({ dates }))).bytes);
      expect(stringOf(dataset, 0x00120062)).toBe('YES');
      expect(stringOf(dataset, 0x00120063)).toContain('Basic Application Confidentiality Profile');
      const sequence = findElement(dataset, 0x00120064);
      if (sequence?.kind !== 'sequence') throw new Error('no (0012,0064)');
      return sequence.items.map((item) => `${stringOf(item, 0x00080102)}:${stringOf(item, 0x00080100)}`);
    };
    expect(codesOf('shift')).toEqual(['DCM:113100', 'DCM:113107', 'DCM:113108']);
    expect(codesOf('remove')).toEqual(['DCM:113100', 'DCM:113108']);
  });

  it('leaves out secondary captures and burned-in images unless the user confirmed', () => {
    const study = studies[0]!;
    const capture = study.files.find((f) => f.burnedIn)!;
    expect(deidentifyFile(fs.readFileSync(capture.path), subjectOf(study), options())).toEqual({ kind: 'skipped', reason: 'secondary-capture' });
    const included = written(deidentifyFile(fs.readFileSync(capture.path), subjectOf(study), options({ includeBurnedIn: true })));
    expect(scanBytesForLeaks(included.bytes, study.identifiers, study.identifierBytes)).toEqual([]);
  });

  it('keeps compressed pixel data encapsulated in its transfer syntax, the image data byte for byte, without the JPEG text segments', () => {
    const study = studies.find((s) => s.patient.key === 'jpeg')!;
    const original = readDicomFile(fs.readFileSync(study.files[0]!.path));
    const out = readDicomFile(written(deidentifyFile(fs.readFileSync(study.files[0]!.path), subjectOf(study), options())).bytes);
    expect(out.transferSyntaxUID).toBe('1.2.840.10008.1.2.4.70');
    const bytesOf = (dataset: Dataset) => {
      const pixels = findElement(dataset, 0x7fe00010);
      if (pixels?.kind !== 'encapsulated') throw new Error('not encapsulated');
      return [pixels.offsetTable, ...pixels.fragments].map((b) => Buffer.from(b).toString('hex'));
    };
    const [originalTable, originalFragment] = bytesOf(original.dataset);
    const [table, fragment] = bytesOf(out.dataset);
    expect(table).toBe(originalTable);
    // SOI and APP0 stay, COM and APP1 go, and everything from Start of Scan on is unchanged.
    const before = Buffer.from(originalFragment!, 'hex');
    const after = Buffer.from(fragment!, 'hex');
    expect([...after.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    const scan = before.indexOf(Buffer.from([0xff, 0xda]));
    // Scan data to the end, then at most one pad byte (fragments have even length).
    expect(after.indexOf(before.subarray(scan))).toBeGreaterThan(0);
    expect(after.length - after.indexOf(before.subarray(scan)) - (before.length - scan)).toBeLessThanOrEqual(1);
    expect(after.includes(Buffer.from([0xff, 0xfe]))).toBe(false);
    expect(after.length).toBeLessThan(before.length);
  });

  it.skipIf(!hasTool('dcmdump') || !hasTool('dciodvfy'))('writes files dcmdump reads and dciodvfy finds no error in', () => {
    const out = tempDir();
    for (const study of studies) {
      for (const file of study.files.filter((f) => !f.burnedIn)) {
        const target = path.join(out, `${study.patient.key}-${path.basename(file.path)}`);
        fs.writeFileSync(target, written(deidentifyFile(fs.readFileSync(file.path), subjectOf(study), options())).bytes);
        const dump = runTool('dcmdump', ['-q', '+P', '0012,0062', target]);
        expect(dump.status, target).toBe(0);
        expect(dump.stdout).toContain('[YES]');
        const check = runTool('dciodvfy', [target]);
        const problems = `${check.stdout}\n${check.stderr}`.split('\n').filter((line) => /^(Error|Warning)/.test(line));
        expect(problems, target).toEqual([]);
      }
    }
  });
});

describe('deidentifyFile on sequences of every encoding', () => {
  it('reads undefined-length sequences and items (delimiters are not elements) and keeps coding scheme UIDs', async () => {
    const { el, encodeDicomFile, item } = await import('../../../../fixtures/dicom-writer.ts');
    const bytes = encodeDicomFile([
      el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.88.33'),
      el(0x00080018, 'UI', '2.25.111'),
      el(0x00080110, 'SQ', [item([el(0x00080102, 'SH', '99LOCAL'), el(0x0008010c, 'UI', '2.25.222')], { undefinedLength: true })], { undefinedLength: true }),
      el(0x00100010, 'PN', 'Hollowbrook^Evangelina'),
      el(0x0040a730, 'SQ', [item([el(0x0040a123, 'PN', 'Hollowbrook^Evangelina'), el(0x0040a124, 'UI', '2.25.333')], { undefinedLength: true })], { undefinedLength: true }),
    ]);
    const out = written(deidentifyFile(bytes, { patientPseudonym: 'P-X', casePseudonym: 'C-X', offsetDays: -400 }, options()));
    const { dataset } = readDicomFile(out.bytes);
    const schemes = findElement(dataset, 0x00080110);
    const content = findElement(dataset, 0x0040a730);
    if (schemes?.kind !== 'sequence' || content?.kind !== 'sequence') throw new Error('sequences lost');
    expect(schemes.items[0]!.map((e) => e.tag)).toEqual([0x00080102, 0x0008010c]);
    expect(stringOf(schemes.items[0]!, 0x0008010c)).toBe('2.25.222');
    expect(stringOf(content.items[0]!, 0x0040a123)).toBe('ANONYMIZED^');
    expect(stringOf(content.items[0]!, 0x0040a124)).toBe(keys.mapUid('2.25.333'));
    expect(scanBytesForLeaks(out.bytes, ['Hollowbrook^Evangelina', '2.25.111', '2.25.333'])).toEqual([]);
  });
});
