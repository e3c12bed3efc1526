// The frames of encapsulated (compressed) pixel data: items after the Basic Offset Table, up to
// the sequence delimiter, each length checked against the bytes there are.
const ITEM = 0xe000fffe; // (FFFE,E000) read as one little-endian uint32
const SEQUENCE_DELIMITER = 0xe0ddfffe;

export class EncapsulationError extends Error {
  override name = 'EncapsulationError';
}

/** The compressed bytes of frame `index` (0-based) of `frames`, from the pixel data value that starts at `bytes[0]`. */
export function encapsulatedFrame(bytes: Buffer, frames: number, index: number): Buffer {
  const items: { offset: number; data: Buffer }[] = [];
  let at = 0;
  while (at + 8 <= bytes.length) {
    const tag = bytes.readUInt32LE(at);
    const length = bytes.readUInt32LE(at + 4);
    if (tag === SEQUENCE_DELIMITER) break;
    if (tag !== ITEM || length === 0xffffffff || at + 8 + length > bytes.length) throw new EncapsulationError('malformed');
    items.push({ offset: at, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 8 + length;
  }
  const [table, ...fragments] = items;
  if (!table || fragments.length === 0) throw new EncapsulationError('no fragments');
  if (frames <= 1) return Buffer.concat(fragments.map((fragment) => fragment.data));
  if (fragments.length === frames) return fragments[index]!.data;
  if (table.data.length >= frames * 4) {
    // Basic Offset Table: each frame's first fragment, relative to the first fragment's item.
    const base = fragments[0]!.offset;
    const start = base + table.data.readUInt32LE(index * 4);
    const end = index + 1 < frames ? base + table.data.readUInt32LE((index + 1) * 4) : Infinity;
    return Buffer.concat(fragments.filter((fragment) => fragment.offset >= start && fragment.offset < end).map((fragment) => fragment.data));
  }
  throw new EncapsulationError('frames cannot be told apart');
}
