// The parts of fontkit (2.0, no bundled types) the report fonts and their tests use.
declare module 'fontkit' {
  interface Glyph {
    id: number;
    path: { toSVG(): string };
  }
  interface Font {
    numGlyphs: number;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    layout(text: string, features?: string[]): { glyphs: (Glyph & { codePoints: number[] })[] };
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
