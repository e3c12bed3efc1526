// The DICOM SR writer's public API (the research export uses it too):
//
//   writeSpineSr(input: SpineSrInput, options?: SpineSrOptions): SpineSrResult
//
// input   = { case, correlation, labelOverrides?, report: { sections, signedBy?, signedAt?, addenda? },
//             study: patient/study attributes to copy, images: the anchored instances (SOP class,
//             series), predecessor?: the SR an amended report replaces }
// options = { sopInstanceUID?, seriesInstanceUID?, seriesNumber?, instanceNumber?, contentDateTime?,
//             mapUid?: (uid) => uid for every instance UID written, includeReportText?, includeNotes? }
// result  = { bytes (Part-10, Explicit VR Little Endian), sopInstanceUID, seriesInstanceUID, warnings }
//
// For de-identification: pass de-identified `study` values, `mapUid` for consistent UID
// remapping (applied everywhere, file meta included), `includeReportText: false` and
// `includeNotes: false` to drop free text; the coded findings, sites, grades and labels remain.
export { writeSpineSr } from './write-sr.ts';
export { COMPREHENSIVE_SR } from './sr-dataset.ts';
export { PRIVATE_SCHEME } from './codes.ts';
export type { SpineSrInput, SpineSrOptions, SpineSrResult, SrImageReference, SrStudyContext, SrReport, SrAddendum, SrPredecessor } from './types.ts';
