// What a PDF shows, read back by poppler (pdftotext, pdffonts: Debian's poppler-utils), and the
// font programs it embeds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

function withPdfFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, pdf);
    return read(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext's reading (UTF-8), without the embedding marks it puts around right-to-left text, whitespace collapsed. */
export function pdfText(pdf: Buffer): string {
  const text = withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  return text.replace(/[\u202A-\u202E]/g, '').replace(/\s+/g, ' ');
}

export interface PdfFont {
  /** Without the subset tag (ABCDEF+). */
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  /** Has a ToUnicode map. */
  unicode: boolean;
}

/** pdffonts' table: every font the pages use. */
export function pdfFonts(pdf: Buffer): PdfFont[] {
  const table = withPdfFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: match[1]!.replace(/^[A-Z]{6}\+/, ''), type: match[2]!, embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
    });
}

/** Every stream's bytes, inflated when compressed. */
export function pdfStreams(pdf: Buffer): Buffer[] {
  const streams: Buffer[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream\n', at);
    if (start < 0) break;
    const end = pdf.indexOf('\nendstream', start);
    if (end < 0) break;
    const body = pdf.subarray(start + 'stream\n'.length, end);
    try {
      streams.push(zlib.inflateSync(body));
    } catch {
      streams.push(body);
    }
    at = end + '\nendstream'.length;
  }
  return streams;
}
