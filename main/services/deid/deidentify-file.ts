import { type Dataset, type DicomElement, findElement, stringOf } from './dicom/dataset.ts';
import { readDicomFile } from './dicom/read-file.ts';
import { EXPLICIT_VR_LITTLE_ENDIAN, encodeDicomFile, textElement } from './dicom/write-file.ts';
import { ageInYears, ageString } from './dates.ts';
import { deidentifyDataset } from './deidentify-dataset.ts';
import { JPEG_TRANSFER_SYNTAXES, stripJpegText } from './jpeg-text.ts';
import { deidentificationRecord } from './method.ts';
import type { ProfileOptions } from './profile/actions.ts';

/** SpineCorrelate's Implementation Class UID (2.25 + a UUID generated for it, PS3.5 §B.2). */
export const IMPLEMENTATION_CLASS_UID = '2.25.119950065172102456341482699796957853574';
export const IMPLEMENTATION_VERSION_NAME = 'SPINECORRELATE';

const SECONDARY_CAPTURE_ROOT = '1.2.840.10008.5.1.4.1.1.7';

export interface Subject {
  /** Written as Patient's Name and Patient ID. */
  patientPseudonym: string;
  /** Written as Study ID (SH, at most 16 characters). */
  casePseudonym: string;
  /** Whole years at the study; computed from the file's dates when absent. */
  ageYears?: number;
  offsetDays: number;
}

export interface DeidentifyFileOptions extends ProfileOptions {
  mapUid(uid: string): string;
  /** The user confirmed that images with burned-in text and secondary captures may be exported. */
  includeBurnedIn: boolean;
  /** True for objects whose structured content we wrote from de-identified data (our SRs). */
  structuredContentClean?: boolean;
  appVersion: string;
}

export type SkipReason = 'burned-in-annotation' | 'secondary-capture';

export type DeidentifiedFile =
  | { kind: 'written'; bytes: Uint8Array; sopInstanceUID: string; seriesInstanceUID: string; sopClassUID: string }
  | { kind: 'skipped'; reason: SkipReason };

/** Why an object may carry identifying text in its pixels, or null. */
export function burnedInRisk(dataset: Dataset, metaSopClass: string): SkipReason | null {
  const sopClass = stringOf(dataset, 0x00080016) || metaSopClass;
  if (sopClass.startsWith(SECONDARY_CAPTURE_ROOT)) return 'secondary-capture';
  if (stringOf(dataset, 0x00280301).toUpperCase() === 'YES') return 'burned-in-annotation';
  return null;
}

function withElements(dataset: Dataset, replacements: readonly DicomElement[]): Dataset {
  const replaced = new Set(replacements.map((e) => e.tag));
  return [...dataset.filter((e) => !replaced.has(e.tag)), ...replacements].sort((a, b) => a.tag - b.tag);
}

/**
 * Encapsulated JPEG frames without their COM and APPn text segments. The Basic Offset Table is
 * rebuilt when it had one entry per fragment, and left empty (as PS3.5 allows) otherwise.
 */
function withoutJpegText(dataset: Dataset, transferSyntaxUID: string): Dataset {
  if (!JPEG_TRANSFER_SYNTAXES.has(transferSyntaxUID)) return dataset;
  return dataset.map((element) => {
    if (element.kind !== 'encapsulated') return element;
    const fragments = element.fragments.map(stripJpegText);
    if (fragments.every((fragment, i) => fragment === element.fragments[i])) return element;
    const oneFramePerFragment = element.offsetTable.length === 4 * fragments.length;
    const offsets = new Uint8Array(oneFramePerFragment ? element.offsetTable.length : 0);
    let offset = 0;
    fragments.forEach((fragment, i) => {
      if (oneFramePerFragment) new DataView(offsets.buffer).setUint32(4 * i, offset, true);
      offset += 8 + fragment.length + (fragment.length % 2);
    });
    return { ...element, offsetTable: offsets, fragments: fragments.map((f) => (f.length % 2 === 1 ? new Uint8Array([...f, 0]) : f)) };
  });
}

function ageOf(original: Dataset, subject: Subject): string | null {
  if (subject.ageYears !== undefined) return ageString(subject.ageYears);
  const years = ageInYears(stringOf(original, 0x00100030), stringOf(original, 0x00080020));
  if (years !== null) return ageString(years);
  return stringOf(original, 0x00101010) || null;
}

/**
 * De-identifies one Part-10 file (PS3.15 Annex E, Basic Profile with the options chosen): every
 * element at every depth through Table E.1-1, private tags removed, UIDs remapped (the file meta
 * is rebuilt from the remapped SOP Instance UID), dates shifted or removed, the patient named by
 * pseudonym, and the method recorded. Writes explicit VR little endian, or keeps the compressed
 * transfer syntax with its pixel data as it was.
 */
export function deidentifyFile(bytes: Uint8Array, subject: Subject, options: DeidentifyFileOptions): DeidentifiedFile {
  const file = readDicomFile(bytes);
  const metaSopClass = stringOf(file.meta, 0x00020002);
  const risk = burnedInRisk(file.dataset, metaSopClass);
  if (risk && !options.includeBurnedIn) return { kind: 'skipped', reason: risk };

  const cleaned = withoutJpegText(deidentifyDataset(file.dataset, { options, mapUid: options.mapUid, offsetDays: subject.offsetDays }), file.transferSyntaxUID);
  const age = ageOf(file.dataset, subject);
  const replacements: DicomElement[] = [
    textElement(0x00100010, 'PN', `${subject.patientPseudonym}^`),
    textElement(0x00100020, 'LO', subject.patientPseudonym),
    textElement(0x00200010, 'SH', subject.casePseudonym.slice(0, 16)),
    ...deidentificationRecord({ dates: options.dates, structuredContentClean: options.structuredContentClean ?? false, appVersion: options.appVersion }),
  ];
  if (age) replacements.push(textElement(0x00101010, 'AS', age));
  const dataset = withElements(cleaned, replacements);

  const sopClassUID = stringOf(dataset, 0x00080016) || metaSopClass;
  const sopInstanceUID = stringOf(dataset, 0x00080018) || options.mapUid(stringOf(file.meta, 0x00020003));
  const encapsulated = findElement(dataset, 0x7fe00010)?.kind === 'encapsulated';
  const out = encodeDicomFile(
    {
      sopClassUID,
      sopInstanceUID,
      transferSyntaxUID: encapsulated ? file.transferSyntaxUID : EXPLICIT_VR_LITTLE_ENDIAN,
      implementationClassUID: IMPLEMENTATION_CLASS_UID,
      implementationVersionName: IMPLEMENTATION_VERSION_NAME,
    },
    dataset,
  );
  return { kind: 'written', bytes: out, sopInstanceUID, seriesInstanceUID: stringOf(dataset, 0x0020000e), sopClassUID };
}
