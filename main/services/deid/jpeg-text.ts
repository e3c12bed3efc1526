/**
 * A JPEG stream (ISO 10918) can carry text of its own before the image data: COM segments and
 * APPn segments (EXIF, XMP, maker notes — written by cameras, scanners and secondary-capture
 * software). PS3.15 leaves them to "Clean Pixel Data"-adjacent cleaning; we drop them from the
 * JPEG transfer syntaxes' fragments, keeping APP0 (JFIF) and APP14 (Adobe colour transform),
 * which decoders need. Everything from Start of Scan on is copied untouched. A fragment that is not
 * a JPEG stream (or is malformed) is returned as it was.
 */
export const JPEG_TRANSFER_SYNTAXES: ReadonlySet<string> = new Set([
  '1.2.840.10008.1.2.4.50',
  '1.2.840.10008.1.2.4.51',
  '1.2.840.10008.1.2.4.57',
  '1.2.840.10008.1.2.4.70',
]);

const SOI = 0xd8;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP14 = 0xee;

function isTextSegment(marker: number): boolean {
  return marker === COM || (marker >= 0xe0 && marker <= 0xef && marker !== APP0 && marker !== APP14);
}

export function stripJpegText(fragment: Uint8Array): Uint8Array {
  if (fragment.length < 4 || fragment[0] !== 0xff || fragment[1] !== SOI) return fragment;
  const kept: Uint8Array[] = [fragment.subarray(0, 2)];
  let position = 2;
  let removed = false;
  while (position + 4 <= fragment.length) {
    if (fragment[position] !== 0xff) return fragment;
    const marker = fragment[position + 1]!;
    if (marker === 0xff) {
      position += 1; // fill byte
      continue;
    }
    if (marker === SOS) break;
    const length = (fragment[position + 2]! << 8) | fragment[position + 3]!;
    if (length < 2 || position + 2 + length > fragment.length) return fragment;
    if (isTextSegment(marker)) removed = true;
    else kept.push(fragment.subarray(position, position + 2 + length));
    position += 2 + length;
  }
  if (!removed) return fragment;
  kept.push(fragment.subarray(position));
  return new Uint8Array(Buffer.concat(kept));
}
