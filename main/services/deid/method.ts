import type { Dataset } from './dicom/dataset.ts';
import { textElement } from './dicom/write-file.ts';
import type { DateHandling } from './profile/actions.ts';

export interface MethodCode {
  value: string;
  meaning: string;
}

/** PS3.16 CID 7050 "De-identification Method" (coding scheme DCM). */
export const CID_7050 = {
  basicProfile: { value: '113100', meaning: 'Basic Application Confidentiality Profile' },
  cleanStructuredContent: { value: '113104', meaning: 'Clean Structured Content Option' },
  retainModifiedDates: { value: '113107', meaning: 'Retain Longitudinal Temporal Information Modified Dates Option' },
  retainPatientCharacteristics: { value: '113108', meaning: 'Retain Patient Characteristics Option' },
} as const satisfies Record<string, MethodCode>;

export interface MethodOptions {
  dates: DateHandling;
  /** True for the SRs we write from de-identified content. */
  structuredContentClean: boolean;
  appVersion: string;
}

/** The options actually applied to one object, in CID 7050 codes. */
export function methodCodes(options: MethodOptions): MethodCode[] {
  const codes: MethodCode[] = [CID_7050.basicProfile];
  if (options.structuredContentClean) codes.push(CID_7050.cleanStructuredContent);
  if (options.dates === 'shift') codes.push(CID_7050.retainModifiedDates);
  codes.push(CID_7050.retainPatientCharacteristics);
  return codes;
}

/** (0012,0063) values: LO, at most 64 characters each. */
export function methodText(options: MethodOptions): string[] {
  return [
    'DICOM PS3.15 E.1 Basic Application Confidentiality Profile',
    options.dates === 'shift' ? 'Dates shifted per patient (Modified Dates Option)' : 'Dates removed; age kept',
    'Patient age, sex, size, weight kept',
    `SpineCorrelate ${options.appVersion}`.slice(0, 64),
  ];
}

/**
 * The elements that record the de-identification: (0012,0062) YES, (0012,0063) the method,
 * (0012,0064) its codes, and (0028,0303) whether the dates were modified or removed.
 */
export function deidentificationRecord(options: MethodOptions): Dataset {
  const codes = methodCodes(options).map((code) => [
    textElement(0x00080100, 'SH', code.value),
    textElement(0x00080102, 'SH', 'DCM'),
    textElement(0x00080104, 'LO', code.meaning),
  ]);
  return [
    textElement(0x00120062, 'CS', 'YES'),
    textElement(0x00120063, 'LO', methodText(options).join('\\')),
    { kind: 'sequence', tag: 0x00120064, vr: 'SQ', items: codes },
    textElement(0x00280303, 'CS', options.dates === 'shift' ? 'MODIFIED' : 'REMOVED'),
  ];
}
