// The report fonts for one PDF document: which font draws a character, registered with the
// document the first time one is used. The files are read and parsed once per process, and only
// when a character asks for them (the CJK font only for CJK text).
import fs from 'node:fs';
import { create, type Font } from 'fontkit';
import type PDFDocument from 'pdfkit';
import { FACES, fontPath, type Face, type FontFile } from './report-fonts.ts';

interface LoadedFont {
  bytes: Buffer;
  font: Font;
  /** In pdfkit's units: thousandths of the font size. */
  ascender: number;
}

const loaded = new Map<string, LoadedFont>();

function load(file: FontFile): LoadedFont {
  let entry = loaded.get(file.name);
  if (!entry) {
    const bytes = fs.readFileSync(fontPath(file));
    const font = create(bytes);
    entry = { bytes, font, ascender: (font.ascent * 1000) / font.unitsPerEm };
    loaded.set(file.name, entry);
  }
  return entry;
}

const COMMON = /\p{Script=Common}/u;
const MARK = /\p{Script=Inherited}/u;

/** The fonts of the characters before the one to draw. */
export interface FontContext {
  /** The font of the character just before. */
  previous: string | null;
  /** The font of the last character that belongs to a script (a letter, not a digit, space or sign). */
  scripted: string | null;
}

export class FontSet {
  private readonly doc: InstanceType<typeof PDFDocument>;
  private readonly registered = new Set<string>();

  constructor(doc: InstanceType<typeof PDFDocument>) {
    this.doc = doc;
  }

  /**
   * The name of the font of `face` that draws `char`, or null when none does: the first of the
   * face's fonts that has it, except that a combining mark stays in the font of its base, and
   * punctuation, spaces and digits in the font of the letters before them, when those fonts have them.
   */
  pick(face: Face, char: string, context: FontContext): string | null {
    const codePoint = char.codePointAt(0)!;
    const preferred = MARK.test(char) ? context.previous : COMMON.test(char) ? context.scripted : null;
    if (preferred !== null && this.has(preferred, codePoint)) return preferred;
    for (const file of FACES[face]) if (load(file).font.hasGlyphForCodePoint(codePoint)) return file.name;
    return null;
  }

  has(name: string, codePoint: number): boolean {
    return loaded.get(name)?.font.hasGlyphForCodePoint(codePoint) ?? false;
  }

  /** The face's first font. */
  primary(face: Face): string {
    const file = FACES[face][0]!;
    load(file);
    return file.name;
  }

  ascender(name: string): number {
    return loaded.get(name)!.ascender;
  }

  /** Makes the font current in the document, at `size`. */
  use(name: string, size: number): InstanceType<typeof PDFDocument> {
    if (!this.registered.has(name)) {
      this.doc.registerFont(name, loaded.get(name)!.bytes);
      this.registered.add(name);
    }
    return this.doc.font(name).fontSize(size);
  }
}
