// The fonts the report PDF embeds, in the order a character looks for its glyph, and where their
// files are: in the font packages' folders when running from source (tests, command line,
// preview), and in `dist/main/fonts/` beside the bundles, where the Electron build copies them
// (scripts/electron-bundles.ts), for the app and the packaged app (dist/** is in the asar).
//
// What covers what the importer decodes (main/services/dicom/charset.ts):
// - Arimo (@fontsource/arimo, SIL OFL 1.1): Latin (ISO 8859-1/2/3/4/9/15), Greek, Cyrillic and
//   Hebrew, with Helvetica's widths, so the layout measured for Helvetica holds. Fontsource
//   ships it split by script; each piece is a font of its own here.
// - DejaVu Sans (dejavu-fonts-ttf, Bitstream Vera licence + public domain; redistribution with
//   software allowed): Arabic with its joining forms, and symbols Arimo's pieces lack (≥ ≤ → √ ∞…).
// - Noto Sans Thai (@fontsource/noto-sans-thai, SIL OFL 1.1): Thai (ISO_IR 166).
// - Source Han Sans (node-source-han-sans: Adobe's pan-CJK OTF, version 2.001, SIL OFL 1.1 with
//   the reserved name 'Source'; shipped unmodified, and a document may embed a subset): Han
//   (20,976 Unified Ideographs, 6,582 of Extension A, 2,361 beyond), kana including half-width
//   katakana, and all 11,172 Hangul syllables: the Japanese, Korean, GB18030/GBK and UTF-8
//   names. Its Han glyphs follow Japanese forms (no language is known to pick another). 17 MB a
//   weight, read only when a text needs it; the PDF embeds only the glyphs used.
// fontkit reads WOFF2, but pdfkit cannot embed a WOFF2 TrueType font (fontkit's subsetter reads the
// transformed glyf table as if it were plain and throws on composite glyphs): the WOFF files are used.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Face = 'regular' | 'bold' | 'oblique';

export interface FontFile {
  /** Unique, and the file's name in dist/main/fonts. */
  name: string;
  /** The npm package that ships it, and the file's path inside the package. */
  pkg: string;
  file: string;
}

const ARIMO_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'hebrew', 'vietnamese'] as const;

function arimo(weight: 400 | 700, style: 'normal' | 'italic'): FontFile[] {
  return ARIMO_SUBSETS.map((subset) => {
    const name = `arimo-${subset}-${weight}-${style}.woff`;
    return { name, pkg: '@fontsource/arimo', file: `files/${name}` };
  });
}
const dejaVu = (name: string): FontFile => ({ name, pkg: 'dejavu-fonts-ttf', file: `ttf/${name}` });
const notoThai = (weight: 400 | 700): FontFile => {
  const name = `noto-sans-thai-thai-${weight}-normal.woff`;
  return { name, pkg: '@fontsource/noto-sans-thai', file: `files/${name}` };
};
const sourceHanSans = (name: string): FontFile => ({ name, pkg: 'node-source-han-sans', file: name });

/** Each face's fonts, first choice first. */
export const FACES: Readonly<Record<Face, readonly FontFile[]>> = {
  regular: [...arimo(400, 'normal'), dejaVu('DejaVuSans.ttf'), notoThai(400), sourceHanSans('SourceHanSans-Regular.otf')],
  bold: [...arimo(700, 'normal'), dejaVu('DejaVuSans-Bold.ttf'), notoThai(700), sourceHanSans('SourceHanSans-Bold.otf')],
  // DejaVu's oblique has no Arabic: upright Arabic then, as Arabic type has no oblique convention.
  oblique: [...arimo(400, 'italic'), dejaVu('DejaVuSans-Oblique.ttf'), dejaVu('DejaVuSans.ttf'), notoThai(400), sourceHanSans('SourceHanSans-Regular.otf')],
};

/**
 * Where lines fall, per face, in thousandths of the size: the metrics pdfkit gave the Helvetica
 * faces the report's layout was designed with (AFM ascender 718; line height from ascender,
 * descender and bounding box), kept so that every line, box and page break stays where it was.
 * Arimo has Helvetica's widths; each piece of text sits on the line's baseline by its own font's ascender.
 */
export const FACE_LINES: Readonly<Record<Face, { ascender: number; lineHeight: number }>> = {
  regular: { ascender: 718, lineHeight: 1156 },
  bold: { ascender: 718, lineHeight: 1190 },
  oblique: { ascender: 718, lineHeight: 1156 },
};

/** Every font file once, with the package licences that go with them. */
export function reportFontFiles(): { fonts: FontFile[]; licences: FontFile[] } {
  const fonts = [...new Map(Object.values(FACES).flat().map((font) => [font.name, font])).values()];
  const packages = [...new Set(fonts.map((font) => font.pkg))];
  return { fonts, licences: packages.map((pkg) => ({ name: `${pkg.replace(/^@/, '').replace('/', '-')}-LICENSE`, pkg, file: 'LICENSE' })) };
}

export const BUNDLED_FONT_DIR = 'fonts';

const runningFromSource = import.meta.url.endsWith('.ts');
const resolveFromHere = createRequire(import.meta.url);

/** The file in its npm package (source checkouts, and the build that copies it). */
export function packagedFontPath(font: FontFile): string {
  return path.normalize(resolveFromHere.resolve(`${font.pkg}/${font.file}`));
}

/** Where the running code reads a font file from. */
export function fontPath(font: FontFile): string {
  return runningFromSource ? packagedFontPath(font) : fileURLToPath(new URL(`./${BUNDLED_FONT_DIR}/${font.name}`, import.meta.url));
}
