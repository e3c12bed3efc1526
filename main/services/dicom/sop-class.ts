/**
 * What a non-image object is, in words the study browser shows. Objects are recognised by SOP
 * Class UID prefix (PS3.4 Annex B), then by modality; anything else without pixel data is a
 * "Non-image object". Nothing here rejects a file.
 */
const BY_SOP_CLASS: ReadonlyArray<readonly [string, string]> = [
  ['1.2.840.10008.5.1.4.1.1.88.59', 'Key object selection'],
  ['1.2.840.10008.5.1.4.1.1.88.67', 'Dose report'],
  ['1.2.840.10008.5.1.4.1.1.88.', 'Structured report'],
  ['1.2.840.10008.5.1.4.1.1.11.', 'Presentation state'],
  ['1.2.840.10008.5.1.4.1.1.481.2', 'RT dose'],
  ['1.2.840.10008.5.1.4.1.1.481.3', 'RT structure set'],
  ['1.2.840.10008.5.1.4.1.1.481.5', 'RT plan'],
  ['1.2.840.10008.5.1.4.1.1.481.8', 'RT plan'],
  ['1.2.840.10008.5.1.4.1.1.481.', 'RT object'],
  ['1.2.840.10008.5.1.4.34.', 'RT object'],
  ['1.2.840.10008.5.1.4.1.1.9.', 'Waveform'],
  ['1.2.840.10008.5.1.4.1.1.104.1', 'Encapsulated PDF'],
  ['1.2.840.10008.5.1.4.1.1.104.2', 'Encapsulated CDA document'],
  ['1.2.840.10008.5.1.4.1.1.104.', 'Encapsulated document'],
  ['1.2.840.10008.5.1.4.1.1.66.4', 'Segmentation'],
  ['1.2.840.10008.5.1.4.1.1.66.1', 'Spatial registration'],
  ['1.2.840.10008.5.1.4.1.1.66.3', 'Deformable registration'],
  ['1.2.840.10008.5.1.4.1.1.66', 'Raw data'],
  ['1.2.840.10008.5.1.4.1.1.4.2', 'MR spectroscopy'],
  ['1.2.840.10008.5.1.4.1.1.67', 'Real world value mapping'],
  ['1.2.840.10008.5.1.4.1.1.200.', 'Protocol'],
];

const BY_MODALITY: Readonly<Record<string, string>> = {
  SR: 'Structured report',
  KO: 'Key object selection',
  PR: 'Presentation state',
  RTSTRUCT: 'RT structure set',
  RTPLAN: 'RT plan',
  RTDOSE: 'RT dose',
  RTRECORD: 'RT treatment record',
  ECG: 'Waveform',
  HD: 'Waveform',
  DOC: 'Encapsulated document',
  SEG: 'Segmentation',
  REG: 'Spatial registration',
};

export const IMAGE_KIND = 'image';

/** Objects that carry pixel data but are not images a reader scrolls through. */
const NOT_VIEWABLE = new Set(['Segmentation', 'RT dose']);

const kinds = new Map<string, string>();

/** 'image' for a viewable image, otherwise the object's kind in words. */
export function objectKind(sopClassUID: string, modality: string, hasImagePixels: boolean): string {
  const key = `${sopClassUID} ${modality} ${hasImagePixels}`;
  let kind = kinds.get(key);
  if (kind === undefined) {
    const known = BY_SOP_CLASS.find(([prefix]) => sopClassUID === prefix || (prefix.endsWith('.') && sopClassUID.startsWith(prefix)));
    const named = known?.[1] ?? BY_MODALITY[modality];
    kind = hasImagePixels && (named === undefined || !NOT_VIEWABLE.has(named)) ? IMAGE_KIND : (named ?? 'Non-image object');
    if (kinds.size < 1000) kinds.set(key, kind);
  }
  return kind;
}
