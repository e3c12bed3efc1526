import { type Dataset, type DicomElement, asciiValue } from './dicom/dataset.ts';
import type { Vr } from './dicom/vr.ts';
import { textElement } from './dicom/write-file.ts';
import { shiftDate, shiftDateTime, shiftValues } from './dates.ts';
import { ADDITIONAL_REMOVALS, actionForRow, profileRow, type ElementAction, type ProfileOptions } from './profile/actions.ts';

export interface DatasetRules {
  options: ProfileOptions;
  mapUid(uid: string): string;
  /** Days every date of this patient moves by (dates: 'shift'). */
  offsetDays: number;
}

const DUMMY_TEXT: Partial<Record<Vr, string>> = {
  AE: 'ANONYMIZED',
  AS: '000Y',
  CS: 'ANONYMIZED',
  DA: '19000101',
  DS: '0',
  DT: '19000101000000',
  IS: '0',
  LO: 'ANONYMIZED',
  LT: 'ANONYMIZED',
  PN: 'ANONYMIZED^', // a caret: dciodvfy reads a PN without one as the retired form
  SH: 'ANONYMIZED',
  ST: 'ANONYMIZED',
  TM: '000000',
  UC: 'ANONYMIZED',
  UR: 'ANONYMIZED',
  UT: 'ANONYMIZED',
};

const BINARY_WIDTH: Partial<Record<Vr, number>> = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8, AT: 4, SV: 8, UV: 8 };

/** Unlisted UIDs that name a definition, not an instance: Coding Scheme UID, Context UID, Mapping Resource UID. */
const DEFINITION_UIDS = new Set(['0008010c', '00080117', '00080118']);

function hex8(tag: number): string {
  return tag.toString(16).padStart(8, '0');
}

/**
 * What an element not listed in Table E.1-1 gets. The standard keeps such attributes; three kinds
 * identify whatever their name, so they get a listed treatment too: every UID is remapped (PS3.15
 * E.3.9's consistency across references), every date follows the date option, every person name
 * becomes a dummy.
 */
function unlistedAction(element: DicomElement, options: ProfileOptions): ElementAction {
  if (element.kind === 'sequence') return 'recurse';
  if (element.vr === 'UI') return DEFINITION_UIDS.has(hex8(element.tag)) ? 'keep' : 'uid';
  if (element.vr === 'DA' || element.vr === 'DT') return options.dates === 'shift' ? 'date' : 'empty';
  if (element.vr === 'PN') return 'dummy';
  return 'keep';
}

export function elementAction(element: DicomElement, options: ProfileOptions): ElementAction {
  const group = element.tag >>> 16;
  if ((element.tag & 0xffff) === 0 || group === 0x0002) return 'remove'; // group lengths; file meta is rebuilt
  // Overlays and curves go whole: their data and comments are X, and what is left means nothing.
  if ((group & 0xff00) === 0x5000 || (group & 0xff00) === 0x6000) return 'remove';
  if (ADDITIONAL_REMOVALS.has(hex8(element.tag))) return 'remove';
  const row = profileRow(element.tag);
  return row ? actionForRow(row, element.kind === 'sequence', options) : unlistedAction(element, options);
}

function mapText(element: DicomElement, map: (text: string) => string): DicomElement | null {
  if (element.kind !== 'value') return null;
  const text = map(asciiValue(element));
  return textElement(element.tag, element.vr, text);
}

function dummy(element: DicomElement): DicomElement | null {
  if (element.kind !== 'value') return null;
  const text = DUMMY_TEXT[element.vr];
  if (text !== undefined) return textElement(element.tag, element.vr, text);
  const width = BINARY_WIDTH[element.vr];
  return { kind: 'value', tag: element.tag, vr: element.vr, bytes: new Uint8Array(width ?? 0) };
}

function empty(element: DicomElement): DicomElement | null {
  if (element.kind === 'sequence') return { ...element, items: [] };
  if (element.kind === 'encapsulated') return null;
  return { kind: 'value', tag: element.tag, vr: element.vr, bytes: new Uint8Array(0) };
}

function shifted(element: DicomElement, rules: DatasetRules): DicomElement | null {
  if (element.kind !== 'value') return null;
  if (element.vr === 'DA') return mapText(element, (text) => shiftValues(text, rules.offsetDays, shiftDate));
  if (element.vr === 'DT') return mapText(element, (text) => shiftValues(text, rules.offsetDays, shiftDateTime));
  // Times stay as they were: whole-day shifts leave the time of day meaningless on its own.
  if (element.vr === 'TM') return element;
  return null;
}

function applyAction(element: DicomElement, action: ElementAction, rules: DatasetRules): DicomElement | null {
  switch (action) {
    case 'remove':
      return null;
    case 'empty':
      return empty(element);
    case 'dummy':
      return dummy(element);
    case 'keep':
      return element;
    case 'uid':
      return mapText(element, (text) => text.split('\\').map(rules.mapUid).join('\\'));
    case 'date':
      return shifted(element, rules);
    case 'recurse':
      return element.kind === 'sequence' ? { ...element, items: element.items.map((item) => deidentifyDataset(item, rules)) } : element;
  }
}

/** Applies the profile to every element at every depth; returns a new data set. */
export function deidentifyDataset(dataset: Dataset, rules: DatasetRules): Dataset {
  const out: Dataset = [];
  for (const element of dataset) {
    const result = applyAction(element, elementAction(element, rules.options), rules);
    if (result) out.push(result);
  }
  return out;
}
