import type { Case } from '../../../../shared/domain/index.ts';
import type { CorrelationInput, LabelOverride, ReportSection } from '../../../../shared/report/index.ts';

/** An instance the SR may reference: an anchored finding's image. */
export interface SrImageReference {
  sopInstanceUID: string;
  sopClassUID: string;
  seriesInstanceUID: string;
  /** Frames in the instance; a frame number is written only for multi-frame images. */
  frames?: number;
}

/** Patient and study attributes the SR copies from the study it reports (PS3.3 Patient and General Study modules). */
export interface SrStudyContext {
  studyInstanceUID: string;
  /** DICOM DA, `YYYYMMDD`. */
  studyDate?: string;
  /** DICOM TM, `HHMMSS`. */
  studyTime?: string;
  studyId?: string;
  accessionNumber?: string;
  studyDescription?: string;
  referringPhysicianName?: string;
  /** DICOM PN with carets. */
  patientName?: string;
  patientId?: string;
  patientBirthDate?: string;
  patientSex?: string;
}

export interface SrAddendum {
  text: string;
  signedBy: string;
  signedAt: Date;
}

export interface SrReport {
  sections: ReportSection[];
  /** A signed report is COMPLETE and VERIFIED, with the signer as observer and verifier. */
  signedBy?: string;
  signedAt?: Date;
  /** Verifying organisation (type 1 when verified); defaults to the signer's name. */
  organization?: string;
  addenda?: SrAddendum[];
}

/** An SR this one replaces or extends (an amended report names the original). */
export interface SrPredecessor {
  studyInstanceUID: string;
  seriesInstanceUID: string;
  sopInstanceUID: string;
}

export interface SpineSrInput {
  case: Case;
  correlation: CorrelationInput;
  labelOverrides?: Readonly<Record<string, LabelOverride>>;
  report: SrReport;
  study: SrStudyContext;
  /** Anchored images; an anchor whose instance is not here is left out of the SR (and reported in `warnings`). */
  images: SrImageReference[];
  predecessor?: SrPredecessor;
}

export interface SpineSrOptions {
  /** The SR's own UIDs; fresh ones when absent. */
  sopInstanceUID?: string;
  seriesInstanceUID?: string;
  seriesNumber?: number;
  instanceNumber?: number;
  /** Content date and time; now when absent. */
  contentDateTime?: Date;
  /** Software version for the equipment module. */
  softwareVersion?: string;
  /**
   * De-identification hook: every instance UID in the output (file meta, study, series, SOP,
   * referenced instances, tracking UIDs, the predecessor) passes through it. Class, scheme and
   * template UIDs do not. Must be consistent: the same input UID always gives the same output.
   */
  mapUid?: (uid: string) => string;
  /** Leave the report text (free text that may name people) out; the coded content stays. Default true. */
  includeReportText?: boolean;
  /** Leave the findings' free-text notes out. Default true. */
  includeNotes?: boolean;
}

export interface SpineSrResult {
  bytes: Uint8Array;
  sopInstanceUID: string;
  seriesInstanceUID: string;
  /** What could not be written, without patient data (e.g. an anchor whose image is not imported). */
  warnings: string[];
}
