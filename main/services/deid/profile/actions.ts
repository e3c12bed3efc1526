import { PRIVATE_ATTRIBUTES_ROW, TABLE_E1_1, type BasicAction, type ProfileRow } from './table-e1-1.ts';

/**
 * What happens to one element, once Table E.1-1 and the options in use are resolved:
 * - remove / empty / dummy / keep: X, Z, D, K;
 * - uid: U, every UID replaced by its mapped value;
 * - date: C under Retain Longitudinal Temporal Information with Modified Dates (shifted);
 * - recurse: a sequence kept, its items de-identified by the same rules (K, D or U* on an SQ).
 */
export type ElementAction = 'remove' | 'empty' | 'dummy' | 'keep' | 'uid' | 'date' | 'recurse';

export type DateHandling = 'shift' | 'remove';

export interface ProfileOptions {
  /** 'shift': Retain Longitudinal Temporal Information with Modified Dates; 'remove': dates go, the age stays. */
  dates: DateHandling;
}

/**
 * Of the Retain Patient Characteristics option, only what a spine study needs is kept: age, sex,
 * size and weight. The option's other rows (ethnic group, smoking and pregnancy status, allergies…)
 * get the basic profile's action.
 */
const RETAINED_CHARACTERISTICS = new Set(['00101010', '00100040', '00101020', '00101030']);

/**
 * Attributes that identify and that the edition transcribed in table-e1-1.ts does not list (added
 * in later editions, or missed): removed. Safety net beyond the table, never instead of it.
 */
export const ADDITIONAL_REMOVALS: ReadonlyMap<string, string> = new Map([
  ['00100033', "Patient's Birth Date in Alternative Calendar"],
  ['00100034', "Patient's Death Date in Alternative Calendar"],
  ['00100035', "Patient's Alternative Calendar"],
  ['00100024', 'Issuer of Patient ID Qualifiers Sequence'],
  ['00321031', 'Requesting Physician Identification Sequence'],
  ['00080055', 'Station AE Title'],
  ['00120062', 'Patient Identity Removed (rewritten)'],
  ['00120063', 'De-identification Method (rewritten)'],
  ['00120064', 'De-identification Method Code Sequence (rewritten)'],
  ['00280303', 'Longitudinal Temporal Information Modified (rewritten)'],
]);

const EXACT = new Map<string, ProfileRow>(TABLE_E1_1.filter((row) => !row.tag.includes('x')).map((row) => [row.tag, row]));
const CURVE_DATA = TABLE_E1_1.find((row) => row.tag === '50xxxxxx')!;
const OVERLAY_ROWS = new Map<number, ProfileRow>(
  TABLE_E1_1.filter((row) => row.tag.startsWith('60xx')).map((row) => [Number.parseInt(row.tag.slice(4), 16), row]),
);

function hex8(tag: number): string {
  return tag.toString(16).padStart(8, '0');
}

/** The Table E.1-1 row for a tag, if any (repeating groups 50xx and 60xx included). */
export function profileRow(tag: number): ProfileRow | undefined {
  const group = tag >>> 16;
  if (group % 2 === 1) return PRIVATE_ATTRIBUTES_ROW;
  const exact = EXACT.get(hex8(tag));
  if (exact) return exact;
  if ((group & 0xff00) === 0x5000) return CURVE_DATA;
  if ((group & 0xff00) === 0x6000) return OVERLAY_ROWS.get(tag & 0xffff);
  return undefined;
}

/**
 * A combined action keeps the IOD valid whatever the attribute's type: Z where the choice is
 * X or Z, a dummy where D is one of the choices, and for X/Z/U* sequences (Referenced and Source
 * Image Sequences) the sequence kept with its UIDs replaced.
 */
function resolveCombined(action: BasicAction, isSequence: boolean): ElementAction {
  switch (action) {
    case 'X':
      return 'remove';
    case 'Z':
      return 'empty';
    case 'K':
      return isSequence ? 'recurse' : 'keep';
    case 'U':
      return 'uid';
    case 'C':
      return 'remove';
    case 'X/Z':
      return 'empty';
    case 'D':
    case 'X/D':
    case 'Z/D':
    case 'X/Z/D':
      return isSequence ? 'recurse' : 'dummy';
    case 'X/Z/U*':
      return 'recurse';
  }
}

/** The action for an element listed in Table E.1-1 (or under one of its patterns). */
export function actionForRow(row: ProfileRow, isSequence: boolean, options: ProfileOptions): ElementAction {
  if (options.dates === 'shift' && row.options.M === 'C') return 'date';
  if (row.options.P === 'K' && RETAINED_CHARACTERISTICS.has(row.tag)) return isSequence ? 'recurse' : 'keep';
  return resolveCombined(row.basic, isSequence);
}
