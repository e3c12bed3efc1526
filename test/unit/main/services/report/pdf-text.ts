// The text a PDF shows: its content streams (inflated when compressed), every TJ array's hex
// strings decoded as Windows-1252 (the standard fonts' encoding), whitespace collapsed.
import zlib from 'node:zlib';

const decoder = new TextDecoder('windows-1252');

function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream\n', at);
    if (start < 0) break;
    const end = pdf.indexOf('\nendstream', start);
    if (end < 0) break;
    const body = pdf.subarray(start + 'stream\n'.length, end);
    try {
      streams.push(zlib.inflateSync(body).toString('latin1'));
    } catch {
      streams.push(body.toString('latin1'));
    }
    at = end + '\nendstream'.length;
  }
  return streams;
}

export function pdfText(pdf: Buffer): string {
  const pieces = contentStreams(pdf).flatMap((stream) => stream.match(/\[[^\]]*\] TJ/g) ?? []);
  const text = pieces.map((piece) => (piece.match(/<([0-9a-f]*)>/g) ?? []).map((hex) => decoder.decode(Buffer.from(hex.slice(1, -1), 'hex'))).join(''));
  return text.join(' ').replace(/\s+/g, ' ');
}
