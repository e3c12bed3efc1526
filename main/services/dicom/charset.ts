/**
 * Decodes DICOM text with the data set's Specific Character Set (0008,0005), PS3.5 §6.1 and
 * Annexes H–K. Single-byte and Unicode sets map to a WHATWG decoder (Node's full ICU has them
 * all); ISO 2022 code extensions switch sets with escape sequences inside the value and return to
 * the initial sets at every value, component and line delimiter.
 */

/** Defined terms without code extensions → WHATWG encoding labels. */
const SINGLE_SET_LABELS: Readonly<Record<string, string>> = {
  'ISO_IR 6': 'windows-1252',
  'ISO_IR 100': 'iso-8859-1',
  'ISO_IR 101': 'iso-8859-2',
  'ISO_IR 109': 'iso-8859-3',
  'ISO_IR 110': 'iso-8859-4',
  'ISO_IR 144': 'iso-8859-5',
  'ISO_IR 127': 'iso-8859-6',
  'ISO_IR 126': 'iso-8859-7',
  'ISO_IR 138': 'iso-8859-8',
  'ISO_IR 148': 'iso-8859-9',
  'ISO_IR 203': 'iso-8859-15',
  'ISO_IR 13': 'shift_jis',
  'ISO_IR 166': 'windows-874',
  'ISO_IR 192': 'utf-8',
  GB18030: 'gb18030',
  GBK: 'gbk',
};

/** How the bytes of one designated set become characters. */
type GraphicSet =
  | { kind: 'ascii' }
  | { kind: 'single'; label: string } // the right half (0xA0–0xFF) of an ISO 8859 set, or JIS X 0201 katakana
  | { kind: 'jis0208' } // two 7-bit bytes in G0
  | { kind: 'jis0212' }
  | { kind: 'double-g1'; label: string }; // two 8-bit bytes in G1 (KS X 1001, GB 2312)

const ASCII: GraphicSet = { kind: 'ascii' };

/** ISO 2022 defined terms → [G0 set, G1 set] they designate. */
const CODE_EXTENSION_SETS: Readonly<Record<string, readonly [GraphicSet | null, GraphicSet | null]>> = {
  'ISO 2022 IR 6': [ASCII, null],
  'ISO 2022 IR 100': [ASCII, { kind: 'single', label: 'iso-8859-1' }],
  'ISO 2022 IR 101': [ASCII, { kind: 'single', label: 'iso-8859-2' }],
  'ISO 2022 IR 109': [ASCII, { kind: 'single', label: 'iso-8859-3' }],
  'ISO 2022 IR 110': [ASCII, { kind: 'single', label: 'iso-8859-4' }],
  'ISO 2022 IR 144': [ASCII, { kind: 'single', label: 'iso-8859-5' }],
  'ISO 2022 IR 127': [ASCII, { kind: 'single', label: 'iso-8859-6' }],
  'ISO 2022 IR 126': [ASCII, { kind: 'single', label: 'iso-8859-7' }],
  'ISO 2022 IR 138': [ASCII, { kind: 'single', label: 'iso-8859-8' }],
  'ISO 2022 IR 148': [ASCII, { kind: 'single', label: 'iso-8859-9' }],
  'ISO 2022 IR 203': [ASCII, { kind: 'single', label: 'iso-8859-15' }],
  'ISO 2022 IR 166': [ASCII, { kind: 'single', label: 'windows-874' }],
  'ISO 2022 IR 13': [ASCII, { kind: 'single', label: 'shift_jis' }],
  'ISO 2022 IR 87': [{ kind: 'jis0208' }, null],
  'ISO 2022 IR 159': [{ kind: 'jis0212' }, null],
  'ISO 2022 IR 149': [null, { kind: 'double-g1', label: 'euc-kr' }],
  'ISO 2022 IR 58': [null, { kind: 'double-g1', label: 'gb18030' }],
};

/** Escape sequences (the bytes after ESC) → the set they designate and where. */
const ESCAPES: ReadonlyArray<{ bytes: readonly number[]; g: 0 | 1; set: GraphicSet }> = [
  { bytes: [0x28, 0x42], g: 0, set: ASCII }, // ESC ( B
  { bytes: [0x28, 0x4a], g: 0, set: ASCII }, // ESC ( J  JIS X 0201 romaji, read as ASCII
  { bytes: [0x24, 0x42], g: 0, set: { kind: 'jis0208' } }, // ESC $ B
  { bytes: [0x24, 0x28, 0x44], g: 0, set: { kind: 'jis0212' } }, // ESC $ ( D
  { bytes: [0x29, 0x49], g: 1, set: { kind: 'single', label: 'shift_jis' } }, // ESC ) I
  { bytes: [0x24, 0x29, 0x43], g: 1, set: { kind: 'double-g1', label: 'euc-kr' } }, // ESC $ ) C
  { bytes: [0x24, 0x29, 0x41], g: 1, set: { kind: 'double-g1', label: 'gb18030' } }, // ESC $ ) A
  ...(
    [
      [0x41, 'iso-8859-1'],
      [0x42, 'iso-8859-2'],
      [0x43, 'iso-8859-3'],
      [0x44, 'iso-8859-4'],
      [0x4c, 'iso-8859-5'],
      [0x47, 'iso-8859-6'],
      [0x46, 'iso-8859-7'],
      [0x48, 'iso-8859-8'],
      [0x4d, 'iso-8859-9'],
      [0x54, 'windows-874'],
      [0x62, 'iso-8859-15'],
    ] as const
  ).map(([final, label]) => ({ bytes: [0x2d, final], g: 1 as const, set: { kind: 'single' as const, label } })),
];

const decoders = new Map<string, TextDecoder>();
function decoder(label: string): TextDecoder {
  let d = decoders.get(label);
  if (!d) {
    d = new TextDecoder(label);
    decoders.set(label, d);
  }
  return d;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 || bytes[i] === 0x1b) return false;
  return true;
}

/** The parsed value of (0008,0005): how to decode text in this data set. */
export interface CharacterSet {
  /** A decoder label when the set has no code extensions. */
  single: string | null;
  initialG0: GraphicSet;
  initialG1: GraphicSet | null;
}

export const DEFAULT_CHARACTER_SET: CharacterSet = { single: 'windows-1252', initialG0: ASCII, initialG1: null };

/** Reads the (0008,0005) values; unknown terms fall back to the default repertoire read as Latin-1. */
export function characterSetFrom(values: readonly string[]): CharacterSet {
  const terms = values.map((v) => v.trim());
  const first = terms[0] ?? '';
  const usesExtensions = terms.length > 1 || first.startsWith('ISO 2022');
  if (!usesExtensions) {
    return { single: SINGLE_SET_LABELS[first] ?? 'windows-1252', initialG0: ASCII, initialG1: null };
  }
  const initial = CODE_EXTENSION_SETS[first === '' ? 'ISO 2022 IR 6' : first];
  return { single: null, initialG0: initial?.[0] ?? ASCII, initialG1: initial?.[1] ?? null };
}

/**
 * Decodes text bytes. For PN, the component (^) and group (=) delimiters also return to the
 * initial sets, as PS3.5 §6.1.2.5.3 requires.
 */
export function decodeText(bytes: Uint8Array, charset: CharacterSet, isPersonName = false): string {
  if (isAscii(bytes)) return latin1(bytes);
  if (charset.single !== null) return decoder(charset.single).decode(bytes);
  return decodeWithEscapes(bytes, charset, isPersonName);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function decodeWithEscapes(bytes: Uint8Array, charset: CharacterSet, isPersonName: boolean): string {
  let g0 = charset.initialG0;
  let g1 = charset.initialG1;
  let out = '';
  let run: number[] = [];
  let runLabel = '';
  const flush = () => {
    if (run.length > 0) out += decoder(runLabel).decode(Uint8Array.from(run));
    run = [];
  };
  const emit = (label: string, ...codes: number[]) => {
    if (label !== runLabel) {
      flush();
      runLabel = label;
    }
    run.push(...codes);
  };

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x1b) {
      const escape = ESCAPES.find((e) => e.bytes.every((x, k) => bytes[i + 1 + k] === x));
      if (escape) {
        if (escape.g === 0) g0 = escape.set;
        else g1 = escape.set;
        i += 1 + escape.bytes.length;
        continue;
      }
      i += 1; // an unknown escape: drop the ESC, keep going
      continue;
    }
    if (b < 0x80) {
      if ((g0.kind === 'jis0208' || g0.kind === 'jis0212') && b >= 0x21 && b <= 0x7e && i + 1 < bytes.length) {
        const b2 = bytes[i + 1]!;
        if (g0.kind === 'jis0208') emit('euc-jp', b | 0x80, b2 | 0x80);
        else emit('euc-jp', 0x8f, b | 0x80, b2 | 0x80);
        i += 2;
        continue;
      }
      emit('windows-1252', b);
      const delimiter = b === 0x5c || b === 0x0d || b === 0x0a || b === 0x09 || b === 0x0c || (isPersonName && (b === 0x5e || b === 0x3d));
      if (delimiter) {
        g0 = charset.initialG0;
        g1 = charset.initialG1;
      }
      i += 1;
      continue;
    }
    if (g1 === null || g1.kind === 'ascii') {
      emit('windows-1252', b);
      i += 1;
    } else if (g1.kind === 'double-g1') {
      emit(g1.label, b, bytes[i + 1] ?? 0x80);
      i += 2;
    } else if (g1.kind === 'single') {
      emit(g1.label, b);
      i += 1;
    } else {
      emit('windows-1252', b);
      i += 1;
    }
  }
  flush();
  return out;
}
