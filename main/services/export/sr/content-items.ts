// Content items of an SR content tree as dcmjs naturalized datasets (PS3.3 C.17.3, Document
// Content Macro). Written by hand because dcmjs.sr.templates throws (../shared/standards.md).
import type { NaturalDataset } from 'dcmjs';
import type { Code } from './codes.ts';

export type Relationship = 'CONTAINS' | 'HAS OBS CONTEXT' | 'HAS CONCEPT MOD' | 'HAS ACQ CONTEXT' | 'SELECTED FROM' | 'INFERRED FROM';
export type ContentItem = NaturalDataset;

export interface ImageRef {
  sopClassUID: string;
  sopInstanceUID: string;
  /** 1-based, only for multi-frame images. */
  frameNumber?: number;
}

export function codeItem(code: Code): NaturalDataset {
  if (code.value.length > 16) throw new Error(`Code value ${code.value} is longer than 16 characters`);
  if (code.meaning.length > 64) throw new Error(`Code meaning of ${code.value} is longer than 64 characters`);
  return { CodeValue: code.value, CodingSchemeDesignator: code.scheme, CodeMeaning: code.meaning };
}

function item(relationship: Relationship, valueType: string, concept: Code | null, fields: NaturalDataset, children: ContentItem[] = []): ContentItem {
  return {
    RelationshipType: relationship,
    ValueType: valueType,
    ...(concept ? { ConceptNameCodeSequence: [codeItem(concept)] } : {}),
    ...fields,
    ...(children.length ? { ContentSequence: children } : {}),
  };
}

export function container(relationship: Relationship, concept: Code, children: ContentItem[]): ContentItem {
  return item(relationship, 'CONTAINER', concept, { ContinuityOfContent: 'SEPARATE' }, children);
}

export function codeValue(relationship: Relationship, concept: Code, value: Code, children: ContentItem[] = []): ContentItem {
  return item(relationship, 'CODE', concept, { ConceptCodeSequence: [codeItem(value)] }, children);
}

export function textValue(relationship: Relationship, concept: Code, text: string): ContentItem {
  return item(relationship, 'TEXT', concept, { TextValue: text });
}

export function personName(relationship: Relationship, concept: Code, name: string): ContentItem {
  return item(relationship, 'PNAME', concept, { PersonName: [{ Alphabetic: name }] });
}

export function uidReference(relationship: Relationship, concept: Code, uid: string): ContentItem {
  return item(relationship, 'UIDREF', concept, { UID: uid });
}

export function numeric(relationship: Relationship, concept: Code, value: number, unit: Code): ContentItem {
  return item(relationship, 'NUM', concept, {
    MeasuredValueSequence: [{ NumericValue: formatDecimal(value), MeasurementUnitsCodeSequence: [codeItem(unit)] }],
  });
}

export function image(relationship: Relationship, concept: Code | null, ref: ImageRef): ContentItem {
  return item(relationship, 'IMAGE', concept, {
    ReferencedSOPSequence: [{
      ReferencedSOPClassUID: ref.sopClassUID,
      ReferencedSOPInstanceUID: ref.sopInstanceUID,
      ...(ref.frameNumber !== undefined ? { ReferencedFrameNumber: String(ref.frameNumber) } : {}),
    }],
  });
}

/** A point on an image: column and row in image pixel coordinates (PS3.3 C.18.6.1.1). */
export function point(relationship: Relationship, concept: Code, columnRow: readonly [number, number], ref: ImageRef): ContentItem {
  return item(relationship, 'SCOORD', concept, { GraphicType: 'POINT', GraphicData: [...columnRow] }, [image('SELECTED FROM', null, ref)]);
}

/** DS: at most 16 characters. */
export function formatDecimal(value: number): string {
  const text = String(Number(value.toPrecision(10)));
  return text.length <= 16 ? text : value.toExponential(8);
}
