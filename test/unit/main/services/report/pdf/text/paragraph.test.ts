import bidiFactory from 'bidi-js';
import { create, type Font } from 'fontkit';
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { FontSet } from '../../../../../../../main/services/report/pdf/fonts/font-set.ts';
import { FACES, fontPath } from '../../../../../../../main/services/report/pdf/fonts/report-fonts.ts';
import { prepareParagraph, visualPieces, type Piece } from '../../../../../../../main/services/report/pdf/text/paragraph.ts';

const bidi = bidiFactory();
const files = new Map(Object.values(FACES).flat().map((file) => [file.name, file]));
const fontkitFonts = new Map<string, Font>();
function fontkitFont(name: string): Font {
  let font = fontkitFonts.get(name);
  if (!font) fontkitFonts.set(name, (font = create(fs.readFileSync(fontPath(files.get(name)!)))));
  return font;
}

/** The characters left to right as they land on the page: each piece laid out by fontkit as pdfkit does (which reverses right-to-left scripts). */
function onThePage(pieces: Piece[]): string {
  return pieces.map((piece) => fontkitFont(piece.font).layout(piece.text, []).glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints)).join('')).join('');
}

function pieces(text: string): Piece[] {
  const paragraph = prepareParagraph(new FontSet(new PDFDocument()), 'regular', text);
  return visualPieces(paragraph, 0, paragraph.text.length);
}

describe('a paragraph set for the page', () => {
  it.each([
    ['Patient שרון דבורה', 'Patient הרובד ןורש'],
    ['שרון דבורה, 12 (ab)', '(ab) 12 ,הרובד ןורש'],
    ['Dr قباني لنزار, L4–L5', 'Dr رازنل ينابق, L4–L5'],
    ['Score ١٢٣ points', 'Score ١٢٣ points'],
    ['Wang^XiaoDong=王^小東=', 'Wang^XiaoDong=王^小東='],
  ])('%s lands in the order the Unicode Bidirectional Algorithm gives', (text, visual) => {
    expect(onThePage(pieces(text))).toBe(visual);
    const levels = bidi.getEmbeddingLevels(text);
    expect(onThePage(pieces(text))).toBe(bidi.getReorderedString(text, levels));
  });

  it('mirrors brackets in right-to-left text', () => {
    expect(onThePage(pieces('שרון (דבורה)'))).toBe('(הרובד) ןורש');
  });

  it('draws each script in its font, and digits and punctuation in the font of the letters before them', () => {
    expect(pieces('Jérôme, Пушкин 12; 山田 3').map((piece) => [piece.font, piece.text])).toEqual([
      ['arimo-latin-400-normal.woff', 'Jérôme, '],
      ['arimo-cyrillic-400-normal.woff', 'Пушкин '],
      ['arimo-latin-400-normal.woff', '12;'], // Arimo's Cyrillic piece has no digits
      ['arimo-cyrillic-400-normal.woff', ' '],
      ['SourceHanSans-Regular.otf', '山田 3'],
    ]);
  });
});
