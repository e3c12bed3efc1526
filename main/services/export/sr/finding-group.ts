// One finding as a TID 1501 measurement group: tracking identifiers, the coded finding, its
// disc-level site with laterality and zone, qualitative evaluations for its grades and for the
// correlation label, the radiologist's override beside it, and the anchored image.
import { findingTypeMeta, isDiscLevel, type Finding, type VertebralLevel } from '../../../../shared/domain/index.ts';
import type { FindingCorrelationInput, LabelOverride } from '../../../../shared/report/index.ts';
import { CONCEPTS, DISC_SITE, LATERALITY, local, NO, rootCode, UCUM_UNITS, vertebraSite, YES } from './codes.ts';
import { codeValue, container, image, numeric, point, textValue, uidReference, type ContentItem, type ImageRef } from './content-items.ts';
import { booleanConcept, codeAttribute, findingTypeCode, LABEL_CODES } from './finding-codes.ts';

export interface FindingGroupInput {
  finding: Finding;
  correlation?: FindingCorrelationInput;
  override?: LabelOverride;
  trackingUid: string;
  /** The report's phrase for the finding: `left L4–L5 subarticular extrusion …`. */
  phrase: string;
  concordance?: string;
  /** The anchored image, when the anchor's instance is known. */
  image?: ImageRef;
  includeNotes: boolean;
}

const NUMBER_CONCEPTS: Readonly<Record<string, ReturnType<typeof local>>> = {
  effusionMm: local('EFFUSION', 'Facet joint effusion'),
  percent: local('SLIP-PERCENT', 'Slip as a percentage of the endplate'),
  heightLossPercent: local('HEIGHT-LOSS-PCT', 'Vertebral body height loss'),
};

function zoneWords(zone: string): string {
  return `${zone[0]!.toUpperCase()}${zone.slice(1)} zone`;
}

function findingSite(finding: Finding): ContentItem {
  const site = isDiscLevel(finding.level) ? DISC_SITE[finding.level] : vertebraSite(finding.level as VertebralLevel);
  const modifiers: ContentItem[] = [];
  const laterality = finding.side ? LATERALITY[finding.side] : undefined;
  if (laterality) modifiers.push(codeValue('HAS CONCEPT MOD', CONCEPTS.laterality, laterality));
  if (finding.type === 'disc-herniation' && finding.zone) {
    modifiers.push(codeValue('HAS CONCEPT MOD', CONCEPTS.topographicalModifier, local(finding.zone.toUpperCase(), zoneWords(finding.zone))));
  }
  return codeValue('HAS CONCEPT MOD', CONCEPTS.findingSite, site, modifiers);
}

/** The graded attributes of the finding, in the order its form lists them. */
function evaluations(finding: Finding): ContentItem[] {
  const values = finding as Record<string, unknown>;
  const items: ContentItem[] = [];
  for (const attribute of findingTypeMeta(finding.type).attributes) {
    const value = values[attribute.name];
    if (value === undefined || value === null || attribute.name === 'zone') continue;
    if (attribute.kind === 'choice' && (typeof value === 'string' || typeof value === 'number')) {
      const coded = codeAttribute(finding.type, attribute.name, value);
      if (coded) items.push(codeValue('CONTAINS', coded.concept, coded.value));
    } else if (attribute.kind === 'boolean' && typeof value === 'boolean') {
      items.push(codeValue('CONTAINS', booleanConcept(attribute.name, attribute.label), value ? YES : NO));
    } else if (attribute.kind === 'number' && typeof value === 'number') {
      const concept = NUMBER_CONCEPTS[attribute.name];
      if (concept) items.push(numeric('CONTAINS', concept, value, attribute.unit === 'mm' ? UCUM_UNITS.millimetre : UCUM_UNITS.percent));
    } else if (attribute.kind === 'root' && typeof value === 'string') {
      const coded = codeAttribute(finding.type, 'root', value);
      if (coded) items.push(codeValue('CONTAINS', coded.concept, rootCode(value as never)));
    } else if (attribute.kind === 'root-compromise' && typeof value === 'object') {
      const compromise = value as { root?: string; grade?: string };
      const rootConcept = codeAttribute(finding.type, 'root', compromise.root ?? '');
      if (compromise.root && rootConcept) items.push(codeValue('CONTAINS', rootConcept.concept, rootCode(compromise.root as never)));
      const grade = compromise.grade ? codeAttribute(finding.type, 'rootCompromiseGrade', compromise.grade) : null;
      if (grade) items.push(codeValue('CONTAINS', grade.concept, grade.value));
    } else if (attribute.kind === 'text' && typeof value === 'string' && value.trim()) {
      items.push(textValue('CONTAINS', CONCEPTS.description, value.trim()));
    }
  }
  return items;
}

function correlationItems(input: FindingGroupInput): ContentItem[] {
  const items: ContentItem[] = [];
  const correlation = input.correlation;
  if (correlation) {
    items.push(codeValue('CONTAINS', CONCEPTS.correlationLabel, LABEL_CODES[correlation.label]));
    for (const reason of correlation.reasons) items.push(textValue('CONTAINS', CONCEPTS.correlationReason, reason));
    if (correlation.evidence.length) items.push(textValue('CONTAINS', CONCEPTS.correlationEvidence, correlation.evidence.join(', ')));
    if (correlation.asymptomaticPrevalence) items.push(numeric('CONTAINS', CONCEPTS.asymptomaticPrevalence, correlation.asymptomaticPrevalence.percent, UCUM_UNITS.percent));
  }
  if (input.concordance) items.push(textValue('CONTAINS', CONCEPTS.concordance, input.concordance));
  if (input.override) {
    items.push(codeValue('CONTAINS', CONCEPTS.labelOverride, LABEL_CODES[input.override.label]));
    if (input.override.reason) items.push(textValue('CONTAINS', CONCEPTS.overrideReason, input.override.reason));
  }
  return items;
}

export function findingGroup(input: FindingGroupInput): ContentItem {
  const { finding } = input;
  const anchor = finding.anchor;
  const imageItems: ContentItem[] = input.image && anchor
    ? [image('CONTAINS', CONCEPTS.sourceOfMeasurement, input.image), point('CONTAINS', CONCEPTS.imageRegion, anchor.imagePoint, input.image)]
    : [];
  const note = input.includeNotes && finding.note?.trim() ? [textValue('CONTAINS', CONCEPTS.comment, finding.note.trim())] : [];
  return container('CONTAINS', CONCEPTS.measurementGroup, [
    textValue('HAS OBS CONTEXT', CONCEPTS.trackingIdentifier, `Finding ${finding.id}: ${input.phrase}`),
    uidReference('HAS OBS CONTEXT', CONCEPTS.trackingUniqueIdentifier, input.trackingUid),
    codeValue('CONTAINS', CONCEPTS.finding, findingTypeCode(finding.type)),
    findingSite(finding),
    ...evaluations(finding),
    ...correlationItems(input),
    ...note,
    ...imageItems,
  ]);
}
