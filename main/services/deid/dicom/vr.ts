import dcmjs from 'dcmjs';

/** Value representations (PS3.5 §6.2). */
export type Vr =
  | 'AE' | 'AS' | 'AT' | 'CS' | 'DA' | 'DS' | 'DT' | 'FD' | 'FL' | 'IS' | 'LO' | 'LT' | 'OB' | 'OD' | 'OF' | 'OL'
  | 'OV' | 'OW' | 'PN' | 'SH' | 'SL' | 'SQ' | 'SS' | 'ST' | 'SV' | 'TM' | 'UC' | 'UI' | 'UL' | 'UN' | 'UR' | 'US'
  | 'UT' | 'UV';

const KNOWN = new Set<string>([
  'AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FD', 'FL', 'IS', 'LO', 'LT', 'OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'PN',
  'SH', 'SL', 'SQ', 'SS', 'ST', 'SV', 'TM', 'UC', 'UI', 'UL', 'UN', 'UR', 'US', 'UT', 'UV',
]);

export function isVr(code: string | undefined): code is Vr {
  return code !== undefined && KNOWN.has(code);
}

/** VRs whose explicit-VR header has 2 reserved bytes and a 4-byte length (PS3.5 §7.1.2). */
const LONG_HEADER = new Set<Vr>(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
export function hasLongHeader(vr: Vr): boolean {
  return LONG_HEADER.has(vr);
}

const TEXT = new Set<Vr>(['AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'LO', 'LT', 'PN', 'SH', 'ST', 'TM', 'UC', 'UI', 'UR', 'UT']);
export function isTextVr(vr: Vr): boolean {
  return TEXT.has(vr);
}

/** Size of the words a big-endian value is swapped by; 1 (or absent) for bytes and text. */
const WORD_SIZE: Partial<Record<Vr, number>> = {
  US: 2, SS: 2, OW: 2, AT: 2, UL: 4, SL: 4, FL: 4, OF: 4, OL: 4, FD: 8, OD: 8, SV: 8, UV: 8, OV: 8,
};
export function wordSize(vr: Vr): number {
  return WORD_SIZE[vr] ?? 1;
}

/** UI pads with NUL, other text with a space, binary with 0. */
export function paddingByte(vr: Vr): number {
  return isTextVr(vr) && vr !== 'UI' ? 0x20 : 0x00;
}

// dcmjs's data dictionary (PS3.6), used only to name the VR of implicit-VR elements.
const dictionary = dcmjs.data.DicomMetaDictionary.dictionary;

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The VR PS3.6 gives a tag, for data sets encoded in implicit VR. Repeating groups (50xx, 60xx)
 * are looked up as their first group; 'US or SS' and 'OB or OW' are settled by the pixel format.
 */
export function dictionaryVr(tag: number, pixel: { bitsAllocated: number; pixelRepresentation: number }): Vr {
  const group = tag >>> 16;
  const element = tag & 0xffff;
  if (element === 0) return 'UL';
  if (group % 2 === 1) return 'UN';
  const lookupGroup = (group & 0xff00) === 0x5000 || (group & 0xff00) === 0x6000 ? group & 0xff00 : group;
  const entry = dictionary[`(${hex4(lookupGroup)},${hex4(element)})`];
  const code = entry?.vr ?? 'UN';
  if (code === 'ox' || code === 'OB or OW' || code === 'OW or OB') return pixel.bitsAllocated > 8 ? 'OW' : 'OB';
  if (code === 'xs' || code === 'US or SS') return pixel.pixelRepresentation === 1 ? 'SS' : 'US';
  if (code === 'US or OW' || code === 'US or SS or OW') return 'OW';
  return isVr(code) ? code : 'UN';
}
