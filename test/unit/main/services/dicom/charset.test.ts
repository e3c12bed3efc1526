import { describe, expect, it } from 'vitest';
import { characterSetFrom, decodeText } from '../../../../../main/services/dicom/charset.ts';
import { readDicomHeader } from '../../../../../main/services/dicom/header-reader.ts';
import { instanceRecordFrom } from '../../../../../main/services/dicom/instance-record.ts';
import { displayPersonName } from '../../../../../main/services/dicom/person-name.ts';
import { CHARSET_CASES } from '../../../../fixtures/charsets/cases.ts';
import { writeCharsetSet } from '../../../../fixtures/charsets/write-charsets.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();
const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeText', () => {
  it.each(CHARSET_CASES.map((c) => [c.key, c] as const))('decodes a %s patient name exactly', (_key, c) => {
    expect(decodeText(c.bytes, characterSetFrom(c.specificCharacterSet), true)).toBe(c.expected);
  });

  it('decodes every patient name of the fixture character-set files', () => {
    const files = writeCharsetSet(tempDir());
    expect(files).toHaveLength(CHARSET_CASES.length);
    for (const { file, case: c } of files) {
      const read = readDicomHeader(file);
      if (read.kind !== 'read') throw new Error('not read');
      expect(instanceRecordFrom(file, read.header).patient.name).toBe(c.expected);
    }
  });

  it('switches between JIS X 0201 katakana and JIS X 0208 kanji (PS3.5 H.3.2)', () => {
    const value = Uint8Array.from([
      0xd4, 0xcf, 0xc0, 0xde, 0x5e, 0xc0, 0xdb, 0xb3, 0x3d, ...bytes('\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J=\x1b$B$d$^$@\x1b(J^\x1b$B$?$m$&\x1b(J'),
    ]);
    expect(decodeText(value, characterSetFrom(['ISO 2022 IR 13', 'ISO 2022 IR 87']), true)).toBe('ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう');
  });

  it('returns to the initial set after each delimiter, so a later component without escape reads plain', () => {
    // G1 switched to Korean in the first component; after '^' the default set applies again.
    const value = bytes('\x1b$)C\xc8\xab^Gildong');
    expect(decodeText(value, characterSetFrom(['', 'ISO 2022 IR 149']), true)).toBe('홍^Gildong');
  });

  it('reads text in the default repertoire and unknown character sets without failing', () => {
    expect(decodeText(bytes('Doe^John'), characterSetFrom([]))).toBe('Doe^John');
    expect(decodeText(bytes('M\xfcller'), characterSetFrom(['NOT A CHARSET']))).toBe('Müller');
  });
});

describe('displayPersonName', () => {
  it('shows the alphabetic group in reading order and the ideographic group beside it', () => {
    expect(displayPersonName('Yamada^Tarou=山田^太郎=やまだ^たろう')).toBe('Yamada Tarou (山田 太郎)');
    expect(displayPersonName('Doe^John^Q^Dr^Jr')).toBe('Dr Doe John Q Jr');
    expect(displayPersonName('=王^小东=')).toBe('王 小东');
    expect(displayPersonName('==やまだ^たろう')).toBe('やまだ たろう');
    expect(displayPersonName('Anonymous')).toBe('Anonymous');
    expect(displayPersonName('')).toBe('');
  });
});
