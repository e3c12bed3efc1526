// The Comprehensive SR dataset of a report (PS3.3 A.35.3): patient, study, SR document series,
// equipment, SR document general and content modules, with a TID 1500 content tree.
import type { NaturalDataset } from 'dcmjs';
import { concordanceWords, findingWords, labelFindings, type ReportSection } from '../../../../shared/report/index.ts';
import { CONCEPTS, LANGUAGE_ENGLISH, PRIVATE_SCHEME, PROCEDURE_MR_LUMBAR_SPINE } from './codes.ts';
import { codeItem, codeValue, container, image, personName, textValue, uidReference, type ContentItem, type ImageRef } from './content-items.ts';
import { findingGroup } from './finding-group.ts';
import { toDicomPersonName } from './person-name.ts';
import type { SpineSrInput, SpineSrOptions, SrImageReference } from './types.ts';
import { IMPLEMENTATION_CLASS_UID, uidFromSeed } from './uids.ts';

export const COMPREHENSIVE_SR = '1.2.840.10008.5.1.4.1.1.88.33';

const SECTION_CONCEPTS: Record<ReportSection['id'], typeof CONCEPTS[keyof typeof CONCEPTS]> = {
  indication: CONCEPTS.indicationsForProcedure,
  technique: CONCEPTS.procedureDescription,
  findings: CONCEPTS.findings,
  'other-findings': CONCEPTS.otherFindings,
  impression: CONCEPTS.impressions,
};

function dicomDate(date: Date): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
}

function dicomTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}${String(date.getMinutes()).padStart(2, '0')}${String(date.getSeconds()).padStart(2, '0')}`;
}

function imageRef(reference: SrImageReference, frame: number | undefined): ImageRef {
  const multiFrame = (reference.frames ?? 1) > 1;
  return { sopClassUID: reference.sopClassUID, sopInstanceUID: reference.sopInstanceUID, ...(multiFrame ? { frameNumber: (frame ?? 0) + 1 } : {}) };
}

function observerContext(signedBy: string | undefined): ContentItem[] {
  if (signedBy) {
    return [
      codeValue('HAS OBS CONTEXT', CONCEPTS.observerType, CONCEPTS.person),
      personName('HAS OBS CONTEXT', CONCEPTS.personObserverName, toDicomPersonName(signedBy)),
    ];
  }
  return [
    codeValue('HAS OBS CONTEXT', CONCEPTS.observerType, { value: '121007', scheme: 'DCM', meaning: 'Device' }),
    uidReference('HAS OBS CONTEXT', { value: '121012', scheme: 'DCM', meaning: 'Device Observer UID' }, IMPLEMENTATION_CLASS_UID),
    textValue('HAS OBS CONTEXT', { value: '121013', scheme: 'DCM', meaning: 'Device Observer Name' }, 'SpineCorrelate'),
  ];
}

export interface BuiltSr {
  dataset: NaturalDataset;
  warnings: string[];
}

/** Builds the naturalized dataset; UIDs are mapped afterwards by the writer. */
export function buildSrDataset(input: SpineSrInput, options: Required<Pick<SpineSrOptions, 'sopInstanceUID' | 'seriesInstanceUID'>> & SpineSrOptions): BuiltSr {
  const warnings: string[] = [];
  const now = options.contentDateTime ?? new Date();
  const imagesByUid = new Map(input.images.map((reference) => [reference.sopInstanceUID, reference]));
  const labelled = labelFindings(input.case, input.correlation, input.labelOverrides);
  const referenced = new Map<string, SrImageReference>();

  const groups = labelled.map(({ finding, correlation }) => {
    const anchor = finding.anchor;
    const reference = anchor ? imagesByUid.get(anchor.sopInstanceUID) : undefined;
    if (anchor && !reference) warnings.push(`The image anchoring finding ${finding.id} is not in the index; the SR leaves its image reference out.`);
    if (reference) referenced.set(reference.sopInstanceUID, reference);
    return findingGroup({
      finding,
      correlation,
      override: input.labelOverrides?.[finding.id],
      trackingUid: uidFromSeed(`${options.sopInstanceUID}/finding/${finding.id}`),
      phrase: findingWords(finding).phrase,
      concordance: concordanceWords(finding, correlation, input.case.clinical ?? {}) || undefined,
      image: reference && anchor ? imageRef(reference, anchor.frame) : undefined,
      includeNotes: options.includeNotes ?? true,
    });
  });

  const includeText = options.includeReportText ?? true;
  const sectionTexts = includeText
    ? input.report.sections.filter((section) => section.text.trim()).map((section) => textValue('CONTAINS', SECTION_CONCEPTS[section.id], section.text.trim()))
    : [];
  const addenda = includeText ? (input.report.addenda ?? []).map((addendum) => textValue('CONTAINS', CONCEPTS.addendum, addendum.text)) : [];
  const qualitative = [...sectionTexts, ...addenda, textValue('CONTAINS', CONCEPTS.correlationRuleset, input.correlation.ruleset)];

  const library = [...referenced.values()].map((reference) => image('CONTAINS', null, imageRef(reference, undefined)));
  const content: ContentItem[] = [
    codeValue('HAS CONCEPT MOD', CONCEPTS.languageOfContent, LANGUAGE_ENGLISH),
    ...observerContext(input.report.signedBy),
    codeValue('HAS CONCEPT MOD', CONCEPTS.procedureReported, PROCEDURE_MR_LUMBAR_SPINE),
    container('CONTAINS', CONCEPTS.imageLibrary, library.length ? [container('CONTAINS', CONCEPTS.imageLibraryGroup, library)] : []),
    container('CONTAINS', CONCEPTS.imagingMeasurements, groups),
    container('CONTAINS', CONCEPTS.qualitativeEvaluations, qualitative),
  ];

  const study = input.study;
  const signed = input.report.signedBy !== undefined && input.report.signedAt !== undefined;
  const bySeries = new Map<string, SrImageReference[]>();
  for (const reference of referenced.values()) bySeries.set(reference.seriesInstanceUID, [...(bySeries.get(reference.seriesInstanceUID) ?? []), reference]);
  const evidence = bySeries.size === 0 ? {} : {
    CurrentRequestedProcedureEvidenceSequence: [{
      StudyInstanceUID: study.studyInstanceUID,
      ReferencedSeriesSequence: [...bySeries].map(([seriesUid, references]) => ({
        SeriesInstanceUID: seriesUid,
        ReferencedSOPSequence: references.map((reference) => ({ ReferencedSOPClassUID: reference.sopClassUID, ReferencedSOPInstanceUID: reference.sopInstanceUID })),
      })),
    }],
  };
  const predecessor = input.predecessor ? {
    PredecessorDocumentsSequence: [{
      StudyInstanceUID: input.predecessor.studyInstanceUID,
      ReferencedSeriesSequence: [{
        SeriesInstanceUID: input.predecessor.seriesInstanceUID,
        ReferencedSOPSequence: [{ ReferencedSOPClassUID: COMPREHENSIVE_SR, ReferencedSOPInstanceUID: input.predecessor.sopInstanceUID }],
      }],
    }],
  } : {};
  const verification = signed ? {
    VerifyingObserverSequence: [{
      VerifyingObserverName: [{ Alphabetic: toDicomPersonName(input.report.signedBy!) }],
      VerifyingObserverIdentificationCodeSequence: [],
      VerifyingOrganization: input.report.organization?.trim() || input.report.signedBy!,
      VerificationDateTime: `${dicomDate(input.report.signedAt!)}${dicomTime(input.report.signedAt!)}`,
    }],
  } : {};

  const dataset: NaturalDataset = {
    SpecificCharacterSet: 'ISO_IR 192',
    SOPClassUID: COMPREHENSIVE_SR,
    SOPInstanceUID: options.sopInstanceUID,
    StudyDate: study.studyDate ?? '',
    StudyTime: study.studyTime ?? '',
    ContentDate: dicomDate(now),
    ContentTime: dicomTime(now),
    AccessionNumber: study.accessionNumber ?? '',
    Modality: 'SR',
    Manufacturer: 'SpineCorrelate',
    ReferringPhysicianName: study.referringPhysicianName ? [{ Alphabetic: study.referringPhysicianName }] : '',
    StudyDescription: study.studyDescription ?? '',
    SeriesDescription: 'SpineCorrelate structured report',
    ManufacturerModelName: 'SpineCorrelate',
    SoftwareVersions: options.softwareVersion ?? '',
    ReferencedPerformedProcedureStepSequence: [],
    PatientName: study.patientName ? [{ Alphabetic: study.patientName }] : '',
    PatientID: study.patientId ?? '',
    PatientBirthDate: study.patientBirthDate ?? '',
    PatientSex: study.patientSex ?? '',
    StudyInstanceUID: study.studyInstanceUID,
    SeriesInstanceUID: options.seriesInstanceUID,
    StudyID: study.studyId ?? '',
    SeriesNumber: String(options.seriesNumber ?? 900),
    InstanceNumber: String(options.instanceNumber ?? 1),
    ValueType: 'CONTAINER',
    ConceptNameCodeSequence: [codeItem(CONCEPTS.imagingMeasurementReport)],
    ContinuityOfContent: 'SEPARATE',
    ContentTemplateSequence: [{ MappingResource: 'DCMR', TemplateIdentifier: '1500' }],
    CompletionFlag: signed ? 'COMPLETE' : 'PARTIAL',
    VerificationFlag: signed ? 'VERIFIED' : 'UNVERIFIED',
    ...verification,
    ...predecessor,
    ...evidence,
    PerformedProcedureCodeSequence: [codeItem(PROCEDURE_MR_LUMBAR_SPINE)],
    CodingSchemeIdentificationSequence: [{
      CodingSchemeDesignator: PRIVATE_SCHEME.designator,
      CodingSchemeUID: PRIVATE_SCHEME.uid,
      CodingSchemeName: PRIVATE_SCHEME.name,
      CodingSchemeResponsibleOrganization: PRIVATE_SCHEME.organization,
    }],
    ContentSequence: content,
  };
  return { dataset, warnings };
}
