// The text a PDF written with `compress: false` shows: every TJ array's hex strings decoded as
// Windows-1252 (the standard fonts' encoding), whitespace collapsed.
const decoder = new TextDecoder('windows-1252');

export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const pieces = source.match(/\[[^\]]*\] TJ/g) ?? [];
  const text = pieces.map((piece) => (piece.match(/<([0-9a-f]*)>/g) ?? []).map((hex) => decoder.decode(Buffer.from(hex.slice(1, -1), 'hex'))).join(''));
  return text.join(' ').replace(/\s+/g, ' ');
}
