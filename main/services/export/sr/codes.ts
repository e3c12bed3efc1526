// The coded concepts the SR uses, each with where it comes from. Standard codes were checked
// against the DICOM code dictionaries of pydicom 2.3.1 (generated from DICOM PS3.16, 2022) unless
// the source says otherwise. What has no verified standard code uses the private coding scheme
// declared below, never a made-up code in a standard scheme.
import type { DiscLevel, Root, Side, VertebralLevel } from '../../../../shared/domain/index.ts';

export interface Code {
  value: string;
  scheme: string;
  meaning: string;
}

export interface SourcedCode extends Code {
  /** Where the code and its meaning were taken from. */
  source: string;
}

export const PRIVATE_SCHEME = {
  designator: '99SPINECORRELATE',
  name: 'SpineCorrelate local codes',
  organization: 'SpineCorrelate',
  /** A 2.25 UUID-derived UID naming this scheme; fixed forever. */
  uid: '2.25.114666696723992407625437559856958139155',
} as const;

const DCM_SOURCE = 'DICOM PS3.16 DCM (pydicom 2.3.1 code dictionary)';
const dcm = (value: string, meaning: string): SourcedCode => ({ value, scheme: 'DCM', meaning, source: DCM_SOURCE });
const sct = (value: string, meaning: string, source: string): SourcedCode => ({ value, scheme: 'SCT', meaning, source });
/** A concept of SpineCorrelate's own, in the declared private scheme. Values are at most 16 characters (SH). */
export const local = (value: string, meaning: string): SourcedCode => ({ value, scheme: PRIVATE_SCHEME.designator, meaning, source: 'SpineCorrelate private scheme: no verified standard code' });

export const CONCEPTS = {
  imagingMeasurementReport: dcm('126000', 'Imaging Measurement Report'),
  languageOfContent: dcm('121049', 'Language of Content Item and Descendants'),
  observerType: dcm('121005', 'Observer Type'),
  person: dcm('121006', 'Person'),
  personObserverName: dcm('121008', 'Person Observer Name'),
  procedureReported: dcm('121058', 'Procedure reported'),
  imageLibrary: dcm('111028', 'Image Library'),
  imageLibraryGroup: dcm('126200', 'Image Library Group'),
  imagingMeasurements: dcm('126010', 'Imaging Measurements'),
  measurementGroup: dcm('125007', 'Measurement Group'),
  trackingIdentifier: dcm('112039', 'Tracking Identifier'),
  trackingUniqueIdentifier: dcm('112040', 'Tracking Unique Identifier'),
  finding: dcm('121071', 'Finding'),
  imageRegion: dcm('111030', 'Image Region'),
  sourceOfMeasurement: dcm('121112', 'Source of Measurement'),
  comment: dcm('121106', 'Comment'),
  indicationsForProcedure: dcm('121109', 'Indications for Procedure'),
  procedureDescription: dcm('121065', 'Procedure Description'),
  findings: dcm('121070', 'Findings'),
  impressions: dcm('121072', 'Impressions'),
  addendum: dcm('121078', 'Addendum'),
  qualitativeEvaluations: { value: 'C0034375', scheme: 'UMLS', meaning: 'Qualitative Evaluations', source: 'DICOM TID 1500 row 12 (as in DCMTK dcmsr/libcmr/tid1500.cc)' },
  findingSite: sct('363698007', 'Finding Site', 'DICOM TID 1501 row 6; pydicom 2.3.1'),
  laterality: sct('272741003', 'Laterality', 'DICOM TID 1501 row 7; CID 210; pydicom 2.3.1'),
  topographicalModifier: sct('106233006', 'Topographical modifier', 'DICOM TID 1501 row 8; CID 210; pydicom 2.3.1'),
  otherFindings: local('OTHER-FINDINGS', 'Other findings'),
  correlationLabel: local('CORR-LABEL', 'Symptom-imaging correlation label'),
  correlationReason: local('CORR-REASON', 'Reason for the correlation label'),
  correlationEvidence: local('CORR-EVIDENCE', 'Evidence cited for the correlation label'),
  correlationRuleset: local('CORR-RULESET', 'Correlation ruleset version'),
  concordance: local('CONCORDANCE', 'Root and side concordance with the clinical picture'),
  labelOverride: local('LABEL-OVERRIDE', 'Label set by the radiologist'),
  overrideReason: local('OVERRIDE-REASON', 'Reason for the radiologist label'),
  asymptomaticPrevalence: local('ASYMPT-PREV', 'Age-matched prevalence in people without back pain'),
  description: local('DESCRIPTION', 'Finding description'),
} as const;

export const LANGUAGE_ENGLISH: SourcedCode = { value: 'en', scheme: 'RFC5646', meaning: 'English', source: 'DICOM CID 5000 (RFC 5646 tag)' };

/** LOINC "MR Lumbar spine" (no contrast stated), for Procedure reported. */
export const PROCEDURE_MR_LUMBAR_SPINE: SourcedCode = {
  value: '24968-0',
  scheme: 'LN',
  meaning: 'MR Lumbar spine',
  source: 'LOINC/RSNA Radiology Playbook code as listed in Microsoft Azure Health Insights (Radiology Insights) appendix A; CID 100 is extensible',
};

const CID_7604 = 'DICOM CID 7604 "Intervertebral Disc" per ../shared/standards.md (not in pydicom 2.3.1; verify in the current PS3.16)';

/** Disc-level finding sites: the disc (CID 7604) where a code exists, else the level (CID 1003), else a private code. */
export const DISC_SITE: Readonly<Record<DiscLevel, SourcedCode>> = {
  'T11-T12': sct('243918001', 'Level of T11/T12 intervertebral disc', 'DICOM CID 1003 (the level, not the disc: no CID 7604 code); pydicom 2.3.1'),
  'T12-L1': sct('76206002', 'T12-L1 intervertebral disc', CID_7604),
  'L1-L2': sct('80064006', 'L1-L2 intervertebral disc', CID_7604),
  'L2-L3': sct('67459009', 'L2-L3 intervertebral disc', CID_7604),
  'L3-L4': sct('62551000', 'L3-L4 intervertebral disc', CID_7604),
  'L4-L5': sct('84020006', 'L4-L5 intervertebral disc', CID_7604),
  'L5-S1': sct('715056000', 'L5-S1 intervertebral disc', CID_7604),
  'L5-L6': local('DISC-L5-L6', 'L5-L6 intervertebral disc (sixth lumbar-type vertebra)'),
  'L6-S1': local('DISC-L6-S1', 'L6-S1 intervertebral disc (sixth lumbar-type vertebra)'),
};

export function vertebraSite(level: VertebralLevel): SourcedCode {
  return local(`VERTEBRA-${level}`, `${level} vertebra`);
}

export const LATERALITY: Readonly<Partial<Record<Side, SourcedCode>>> = {
  left: sct('7771000', 'Left', 'DICOM CID 244; pydicom 2.3.1'),
  right: sct('24028007', 'Right', 'DICOM CID 244; pydicom 2.3.1'),
  bilateral: sct('51440002', 'Bilateral', 'DICOM CID 244; pydicom 2.3.1'),
};

export const YES = sct('373066001', 'Yes', 'DICOM CID 230; pydicom 2.3.1');
export const NO = sct('373067005', 'No', 'DICOM CID 230; pydicom 2.3.1');

export function rootCode(root: Root): SourcedCode {
  return local(`ROOT-${root}`, `${root} nerve root`);
}

export const UCUM_UNITS = {
  millimetre: { value: 'mm', scheme: 'UCUM', meaning: 'millimeter', source: 'UCUM; DICOM CID 7460; pydicom 2.3.1' },
  percent: { value: '%', scheme: 'UCUM', meaning: 'Percent', source: 'UCUM; DICOM CID 7181; pydicom 2.3.1' },
} as const satisfies Record<string, SourcedCode>;
