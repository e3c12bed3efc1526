/** Value representations whose explicit-VR header has a 4-byte length (PS3.5 §7.1.2). */
const LONG_FORM = ['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV'];
const SHORT_FORM = ['AE', 'AS', 'AT', 'CS', 'DA', 'DS', 'DT', 'FD', 'FL', 'IS', 'LO', 'LT', 'PN', 'SH', 'SL', 'SS', 'ST', 'TM', 'UI', 'UL', 'US'];

/** Indexed by the two VR bytes as a big-endian 16-bit number: 0 not a VR, 1 short form, 2 long form. */
const VR_FORM = new Uint8Array(65536);
for (const vr of SHORT_FORM) VR_FORM[vrCode(vr)] = 1;
for (const vr of LONG_FORM) VR_FORM[vrCode(vr)] = 2;

function vrCode(vr: string): number {
  return (vr.charCodeAt(0) << 8) | vr.charCodeAt(1);
}

/** 0 when the two bytes are no VR at all, 1 for a 2-byte length, 2 for a 4-byte length. */
export function vrForm(first: number, second: number): number {
  return VR_FORM[(first << 8) | second]!;
}

/** VRs whose text is decoded with the Specific Character Set; the others are plain ASCII. */
export const CHARSET_VRS: ReadonlySet<string> = new Set(['LO', 'LT', 'PN', 'SH', 'ST', 'UC', 'UT']);
