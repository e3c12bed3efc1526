// Patient names in every character set the importer decodes (test/fixtures/charsets), put in each
// place the report PDF writes text, read back by poppler exactly, in embedded fonts.
import { create } from 'fontkit';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPersonName } from '../../../../../main/services/dicom/person-name.ts';
import { renderReportPdf, type PdfReportInput } from '../../../../../main/services/report/pdf/report-pdf.ts';
import { CHARSET_CASES } from '../../../../fixtures/charsets/cases.ts';
import { pdfFonts, pdfStreams, pdfText } from './pdf-text.ts';

/** A signed, amended report whose every free-text place holds `text`, and whose patient is named `name`. */
function reportWith(text: string, name: string): PdfReportInput {
  return {
    pageSize: 'A4',
    study: { patientName: name, patientId: 'P-1', patientBirthDate: '19600101', patientSex: 'F', studyDescription: 'MRI L-SPINE', studyDate: '20240102', accessionNumber: 'A-1' },
    phase: 'signed',
    sections: [
      { id: 'indication', title: 'Clinical indication', text },
      { id: 'findings', title: 'Findings', text: `L4-L5:\n${text}` },
      { id: 'impression', title: 'Impression', text },
    ],
    signature: { kind: 'amended', signedBy: text, signedAt: '2024-01-02T10:00:00Z', reason: text, organization: text },
    addenda: [{ text, signedBy: 'Dr Ada Reader', signedAt: '2024-01-03T10:00:00Z' }],
    keyImages: [{ kind: 'placeholder', findingId: 'f1', caption: text, reason: text }],
    ruleset: 'test-rules',
    generatedAt: new Date('2024-01-02T10:00:00Z'),
  };
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** The fonts each case needs beyond Arimo's Latin (regular and bold). */
const SCRIPT_FONTS: Record<string, string[]> = {
  latin1: [],
  utf8: ['SourceHanSans-Regular', 'SourceHanSans-Bold'],
  gb18030: ['SourceHanSans-Regular', 'SourceHanSans-Bold'],
  'japanese-iso2022': ['SourceHanSans-Regular', 'SourceHanSans-Bold'],
  'korean-iso2022': ['SourceHanSans-Regular', 'SourceHanSans-Bold'],
  cyrillic: [],
  greek: [],
  hebrew: [],
  arabic: ['DejaVuSans', 'DejaVuSans-Bold'],
};

describe('report PDF text in every character set the importer decodes', () => {
  it.each(CHARSET_CASES.map((c) => [c.key, c] as const))('%s comes back exactly, in embedded fonts', async (_key, charsetCase) => {
    const pdf = await renderReportPdf(reportWith(charsetCase.expected, charsetCase.expected));
    const text = pdfText(pdf);
    // Sections, impression (bold), signer (bold), organisation, amendment reason (oblique), addendum, key image caption and reason.
    expect(occurrences(text, charsetCase.expected)).toBeGreaterThanOrEqual(9);
    expect(text).toContain(displayPersonName(charsetCase.expected));

    const fonts = pdfFonts(pdf);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    const names = new Set(fonts.map((font) => font.name));
    for (const expected of ['Arimo-Regular', 'Arimo-Bold', 'Arimo-Italic', ...SCRIPT_FONTS[charsetCase.key]!]) expect(names).toContain(expected);
  });

  it('draws Arabic in its joining forms, not letter by letter', async () => {
    const arabic = CHARSET_CASES.find((c) => c.key === 'arabic')!.expected; // قباني^لنزار
    const pdf = await renderReportPdf(reportWith(arabic, arabic), { compress: false });
    const dejaVu = create(fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf')));
    const outline = (codePoint: number) => dejaVu.glyphForCodePoint(codePoint).path.toSVG();
    // The outlines of every glyph of every embedded font (the subsets keep no character map).
    const embedded = new Set<string>();
    for (const stream of pdfStreams(pdf)) {
      let font: ReturnType<typeof create>;
      try {
        font = create(stream);
      } catch {
        continue; // not a font program
      }
      for (let id = 0; id < font.numGlyphs; id++) embedded.add(font.getGlyph(id).path.toSVG());
    }
    // قباني: qaf initial, beh medial, alef final, noon initial, yeh final; لنزار: lam initial, noon medial, zain final.
    for (const form of [0xfed7, 0xfe92, 0xfe8e, 0xfee7, 0xfef2, 0xfedf, 0xfee8, 0xfeb0]) expect(embedded, form.toString(16)).toContain(outline(form));
    // Alef and reh after a letter that does not join forward stand alone.
    for (const isolated of [0x0627, 0x0631]) expect(embedded).toContain(outline(isolated));
    // No letter that should join is drawn in its isolated form.
    for (const isolated of [0x0642, 0x0628, 0x0646, 0x064a, 0x0644, 0x0632]) expect(embedded).not.toContain(outline(isolated));
  });

  it('shows a character no report font has as U+FFFD, and everything around it as it is', async () => {
    const pdf = await renderReportPdf(reportWith('Pain क score', 'Doe^Jane')); // Devanagari: no report font has it
    expect(pdfText(pdf)).toContain('Pain \uFFFD score');
  });

  it('shows the symbols the drafted report uses, not ASCII stand-ins', async () => {
    const line = 'Disc height ≥ 50% → loss; κ = 0.8; −2 ≤ x ≠ 3';
    const pdf = await renderReportPdf(reportWith(line, 'Doe^Jane'));
    expect(pdfText(pdf)).toContain(line);
  });
});
