// Text in the report PDF, in any script the importer decodes. pdfkit draws one font per call and
// reads every string left to right, so this does what its `text()` did for the report — wrap at
// the Unicode line breaking opportunities (the same linebreak package pdfkit uses) within a
// width, align, cut with an ellipsis, continue on a new page — and then draws each line as
// pieces: a font per piece (the first of the face's fonts that has the glyphs), right-to-left
// pieces placed by the Unicode Bidirectional Algorithm, and Arabic shaped by fontkit. A
// paragraph's direction is that of its first strong character (UBA P2–P3); its alignment stays
// the layout's, also for a right-to-left paragraph.
import LineBreaker from 'linebreak';
import type PDFDocument from 'pdfkit';
import { FontSet } from '../fonts/font-set.ts';
import { FACE_LINES, type Face } from '../fonts/report-fonts.ts';
import { graphemeEnds, prepareParagraph, visualPieces, type Paragraph, type Piece } from './paragraph.ts';

export interface TextStyle {
  face: Face;
  size: number;
  colour: string;
}

export interface TextBox {
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Added below each line, as pdfkit's lineGap. */
  lineGap?: number;
  /** At most the lines that fit in this height; with `ellipsis`, the last one kept ends in '…' when text is left over. */
  height?: number;
  ellipsis?: boolean;
  /** false: each paragraph on one line, never wrapped (cut with '…' when `ellipsis` and too wide). */
  lineBreak?: boolean;
}

const ELLIPSIS = '…';
/** Given, pdfkit shapes a whole piece at once (fontkit's default features still apply). */
const SHAPE_WHOLE: string[] = [];

type Line = { paragraph: Paragraph; start: number; end: number };

export class ReportText {
  private readonly doc: InstanceType<typeof PDFDocument>;
  private readonly fonts: FontSet;
  /** Advance widths at size 1000, by font and text. */
  private readonly widths = new Map<string, number>();

  constructor(doc: InstanceType<typeof PDFDocument>) {
    this.doc = doc;
    this.fonts = new FontSet(doc);
  }

  /** Draws text from (x, y) as pdfkit's text() did; leaves doc.x at x and doc.y below the last line. */
  draw(text: string, style: TextStyle, x: number, y: number, box: TextBox): void {
    const { doc } = this;
    const lineHeight = (FACE_LINES[style.face].lineHeight * style.size) / 1000;
    const advance = lineHeight + (box.lineGap ?? 0);
    const flowing = box.lineBreak !== false && box.height === undefined;
    let top = y;
    for (const line of this.lines(text, style, box, lineHeight)) {
      if (flowing && top + lineHeight > doc.page.maxY()) {
        doc.addPage();
        top = doc.page.margins.top;
      }
      this.drawLine(line, style, x, top + (FACE_LINES[style.face].ascender * style.size) / 1000, box);
      top += advance;
    }
    doc.x = x;
    doc.y = top;
  }

  /** The height draw() would take, as pdfkit's heightOfString (no page breaks). */
  height(text: string, style: TextStyle, box: TextBox): number {
    const lineHeight = (FACE_LINES[style.face].lineHeight * style.size) / 1000;
    return this.lines(text, style, box, lineHeight).length * (lineHeight + (box.lineGap ?? 0));
  }

  private lines(text: string, style: TextStyle, box: TextBox, lineHeight: number): Line[] {
    if (text === '') return [];
    const paragraphs = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    const lines: Line[] = [];
    for (const source of paragraphs) {
      const paragraph = prepareParagraph(this.fonts, style.face, source);
      if (box.lineBreak === false) {
        const whole = { paragraph, start: 0, end: paragraph.text.length };
        lines.push(box.ellipsis && this.width(paragraph, 0, paragraph.text.length, style.size) > box.width ? this.ellipsized(whole, style, box.width) : whole);
      } else {
        lines.push(...this.wrap(paragraph, style.size, box.width));
      }
    }
    if (box.height === undefined) return lines;
    const fitting = Math.max(1, 1 + Math.floor((box.height - lineHeight) / (lineHeight + (box.lineGap ?? 0))));
    if (lines.length <= fitting) return lines;
    const kept = lines.slice(0, fitting);
    if (box.ellipsis) kept[fitting - 1] = this.ellipsized(kept[fitting - 1]!, style, box.width);
    return kept;
  }

  /** Greedy filling as pdfkit's LineWrapper: a break opportunity's word (with its trailing spaces) goes on the line if it fits, a word wider than a line is cut between graphemes. */
  private wrap(paragraph: Paragraph, size: number, width: number): Line[] {
    const lines: Line[] = [];
    const text = paragraph.text;
    if (text === '') return [{ paragraph, start: 0, end: 0 }];
    let start = -1;
    let end = 0;
    let spaceLeft = width;
    const emit = () => lines.push({ paragraph, start: start < 0 ? end : start, end });
    const place = (from: number, to: number, w: number, required: boolean) => {
      const fits = w <= spaceLeft;
      if (fits) {
        if (start < 0) start = from;
        end = to;
      }
      if (!required && fits) {
        spaceLeft -= w;
        return;
      }
      if (required && !fits) {
        emit();
        [start, end] = [from, to];
      }
      emit();
      if (required) {
        [start, end, spaceLeft] = [-1, to, width];
      } else {
        [start, end, spaceLeft] = [from, to, width - w];
      }
    };
    const breaker = new LineBreaker(text);
    let last = 0;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      const from = last;
      last = bk.position;
      const w = this.width(paragraph, from, bk.position, size);
      if (w <= width) {
        place(from, bk.position, w, bk.required);
        continue;
      }
      // Too wide for any line: as much as fits where the line stands, then whole lines of it.
      let at = from;
      while (at < bk.position) {
        let cut = at;
        for (const next of graphemeEnds(text, at, bk.position)) {
          if (this.width(paragraph, at, next, size) > spaceLeft) break;
          cut = next;
        }
        if (cut === at && spaceLeft === width) cut = graphemeEnds(text, at, bk.position)[0]!;
        place(at, cut, this.width(paragraph, at, cut, size), bk.required || cut < bk.position);
        at = cut;
      }
    }
    if (start >= 0) emit();
    return lines;
  }

  /** The line shortened between graphemes until it and '…' fit the width. */
  private ellipsized(line: Line, style: TextStyle, width: number): Line {
    const text = line.paragraph.text;
    const direction = line.paragraph.baseLevel % 2 === 1 ? 'rtl' : 'ltr';
    const ends = [line.start, ...graphemeEnds(text, line.start, line.end)];
    for (let i = ends.length - 1; i >= 0; i--) {
      const kept = text.slice(line.start, ends[i]).trimEnd();
      const paragraph = prepareParagraph(this.fonts, style.face, kept + ELLIPSIS, direction);
      if (kept === '' || this.width(paragraph, 0, paragraph.text.length, style.size) <= width) return { paragraph, start: 0, end: paragraph.text.length };
    }
    throw new Error('unreachable: an empty line with an ellipsis is always returned');
  }

  private drawLine(line: Line, style: TextStyle, x: number, baseline: number, box: TextBox): void {
    let end = line.end;
    while (end > line.start && /\s/.test(line.paragraph.text[end - 1]!)) end--;
    const pieces = visualPieces(line.paragraph, line.start, end);
    const widths = pieces.map((piece) => this.pieceWidth(piece, style.size));
    const total = widths.reduce((sum, w) => sum + w, 0);
    const align = box.align ?? 'left';
    let at = align === 'right' ? x + box.width - total : align === 'center' ? x + (box.width - total) / 2 : x;
    pieces.forEach((piece, i) => {
      const top = baseline - (this.fonts.ascender(piece.font) * style.size) / 1000;
      this.fonts.use(piece.font, style.size).fillColor(style.colour).text(piece.text, at, top, { lineBreak: false, features: SHAPE_WHOLE });
      at += widths[i]!;
    });
  }

  /** Width of [start, end) of a paragraph: each font's stretch measured whole, so that Arabic is measured shaped. */
  private width(paragraph: Paragraph, start: number, end: number, size: number): number {
    let total = 0;
    let from = start;
    while (from < end) {
      const font = paragraph.fonts[from];
      let to = from + 1;
      while (to < end && paragraph.fonts[to] === font) to++;
      if (font) total += this.measure(font, paragraph.text.slice(from, to), size);
      from = to;
    }
    return total;
  }

  private pieceWidth(piece: Piece, size: number): number {
    return this.measure(piece.font, piece.text, size);
  }

  private measure(font: string, text: string, size: number): number {
    const key = `${font}\u0000${text}`;
    let at1000 = this.widths.get(key);
    if (at1000 === undefined) {
      at1000 = this.fonts.use(font, 1000).widthOfString(text, { features: SHAPE_WHOLE });
      this.widths.set(key, at1000);
    }
    return (at1000 * size) / 1000;
  }
}
