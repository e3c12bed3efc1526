import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ReportText, type TextStyle } from '../../../../../../../main/services/report/pdf/text/report-text.ts';
import { pdfText } from '../../pdf-text.ts';

const STYLE: TextStyle = { face: 'regular', size: 10, colour: '#000000' };
const SENTENCE = 'Left subarticular disc extrusion compressing the traversing left L5 root, concordant with the radiculopathy. ';

function document(): { doc: InstanceType<typeof PDFDocument>; text: ReportText; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 54, bottom: 64, left: 56, right: 56 }, bufferPages: true, font: null });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  return { doc, text: new ReportText(doc), done };
}

describe('report text', () => {
  it('takes the height it says it will, and leaves the cursor below it', () => {
    const { doc, text } = document();
    const box = { width: 300, lineGap: 1.5 };
    const height = text.height(SENTENCE.repeat(3), STYLE, box);
    text.draw(SENTENCE.repeat(3), STYLE, 56, 100, box);
    expect(doc.y - 100).toBeCloseTo(height, 6);
    expect(height / (11.56 + 1.5)).toBeGreaterThan(3); // wrapped onto several lines of Helvetica's height
    expect(doc.x).toBe(56);
  });

  it('continues on a new page at the bottom margin', async () => {
    const { doc, text, done } = document();
    text.draw(SENTENCE.repeat(60), STYLE, 56, 700, { width: 483 });
    expect(doc.bufferedPageRange().count).toBeGreaterThan(1);
    expect(doc.y).toBeLessThan(doc.page.maxY());
    doc.end();
    expect(pdfText(await done)).toContain(SENTENCE.repeat(60).trim());
  });

  it('keeps to a height, ending the last line it keeps with an ellipsis', async () => {
    const { doc, text, done } = document();
    text.draw(SENTENCE.repeat(5), STYLE, 56, 100, { width: 200, height: 26, ellipsis: true });
    doc.end();
    const shown = pdfText(await done).trim();
    expect(shown.endsWith('…')).toBe(true);
    expect(SENTENCE.repeat(5).startsWith(shown.slice(0, -1).trim())).toBe(true);
    expect(shown.length).toBeLessThan(SENTENCE.length);
  });

  it('keeps a line that may not wrap to its width with an ellipsis', async () => {
    const { doc, text, done } = document();
    text.draw(`SpineCorrelate  |  ${'Wang XiaoDong (王 小東) '.repeat(6)}`, STYLE, 56, 100, { width: 200, lineBreak: false, ellipsis: true });
    doc.end();
    expect(pdfText(await done).trim()).toMatch(/^SpineCorrelate \| Wang XiaoDong \(王 .*…$/);
  });
});
