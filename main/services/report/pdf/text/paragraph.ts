// One paragraph of report text made ready to set: every character given the font that draws it and
// its bidirectional embedding level (the Unicode Bidirectional Algorithm, bidi-js), and a line of
// it cut into pieces in the order they appear on the page.
import bidiFactory from 'bidi-js';
import type { FontContext, FontSet } from '../fonts/font-set.ts';
import type { Face } from '../fonts/report-fonts.ts';

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Shown for a character no report font has: visibly not the character, never a wrong one. */
export const REPLACEMENT = '\uFFFD';

/** Format characters (direction marks, embeddings and isolates, zero-width space, BOM, soft hyphen) and controls: never drawn. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;
/** Joiners shape Arabic (and more) when the font knows them. */
const JOINERS = new Set(['\u200C', '\u200D']);

/**
 * Scripts fontkit lays out right to left: it reverses such a run after shaping it, deciding from
 * the run's first character of a script (fontkit's Script.forString and its RTL table).
 */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;
const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

function fontkitLaysOutRightToLeft(text: string): boolean {
  const first = SCRIPTED.exec(text);
  return first !== null && RTL_SCRIPT.test(first[0]);
}

export interface Paragraph {
  face: Face;
  /** The text as drawn: characters no font has replaced by U+FFFD. */
  text: string;
  /** Per UTF-16 unit: the font's name, or null for what is not drawn. */
  fonts: (string | null)[];
  /** Per UTF-16 unit: the resolved embedding level (odd: right to left). */
  levels: Uint8Array;
  baseLevel: number;
  /** Index → its mirror image, for brackets and the like in right-to-left text. */
  mirrored: Map<number, string>;
}

export function prepareParagraph(fonts: FontSet, face: Face, source: string, direction: 'auto' | 'ltr' | 'rtl' = 'auto'): Paragraph {
  let text = '';
  const assigned: (string | null)[] = [];
  const context: FontContext = { previous: null, scripted: null };
  for (const char of source.replace(/\t/g, ' ')) {
    let drawn = char;
    let font: string | null;
    if (INVISIBLE.test(char)) {
      font = JOINERS.has(char) && context.previous !== null && fonts.has(context.previous, char.codePointAt(0)!) ? context.previous : null;
    } else {
      font = fonts.pick(face, char, context);
      if (font === null) {
        drawn = REPLACEMENT;
        font = fonts.pick(face, REPLACEMENT, context);
        if (font === null) [drawn, font] = ['?', fonts.primary(face)];
      }
      context.previous = font;
      if (SCRIPTED.test(drawn)) context.scripted = font;
    }
    text += drawn;
    for (let unit = 0; unit < drawn.length; unit++) assigned.push(font);
  }
  const embedding = bidi.getEmbeddingLevels(text, direction);
  return {
    face,
    text,
    fonts: assigned,
    levels: embedding.levels,
    baseLevel: embedding.paragraphs[0]?.level ?? 0,
    mirrored: bidi.getMirroredCharactersMap(text, embedding.levels),
  };
}

/** A run of one font and one direction, its characters in the order to hand to pdfkit. */
export interface Piece {
  font: string;
  text: string;
}

function reversedGraphemes(text: string): string {
  return [...graphemes.segment(text)].map((segment) => segment.segment).reverse().join('');
}

/** The drawn characters of [start, end) of a paragraph, cut where the font or level changes, in visual order (rule L2). */
export function visualPieces(paragraph: Paragraph, start: number, end: number): Piece[] {
  const runs: { font: string; level: number; text: string }[] = [];
  for (let i = start; i < end; i++) {
    const font = paragraph.fonts[i];
    if (font === null || font === undefined) continue;
    const level = paragraph.levels[i]!;
    const char = paragraph.mirrored.get(i) ?? paragraph.text[i]!;
    const last = runs[runs.length - 1];
    if (last && last.font === font && last.level === level) last.text += char;
    else runs.push({ font, level, text: char });
  }
  if (runs.length === 0) return [];
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(...runs.map((run) => run.level | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  // fontkit shapes a run in logical order and reverses it when its script is written right to
  // left; a run whose direction differs from that (neutrals in right-to-left text, Arabic-Indic
  // digits in a left-to-right one) is reversed here, so that it comes out in its direction.
  return runs.map((run) => ({ font: run.font, text: run.level % 2 === 1 === fontkitLaysOutRightToLeft(run.text) ? run.text : reversedGraphemes(run.text) }));
}

/** Grapheme boundaries of text, to cut a word too long for a line or to shorten a line for an ellipsis. */
export function graphemeEnds(text: string, start: number, end: number): number[] {
  return [...graphemes.segment(text.slice(start, end))].map((segment) => start + segment.index + segment.segment.length);
}
