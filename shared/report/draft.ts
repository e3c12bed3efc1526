import type { Case } from '../domain/index.ts';
import type { CorrelationInput } from './correlation-input.ts';
import { REPORT_FORMAT, SECTION_TITLES, type ReportDocument, type SectionId } from './document.ts';
import { findingsText } from './findings-section.ts';
import { impressionText, type LabelOverride } from './impression.ts';
import { indicationText } from './indication.ts';
import { otherFindingsText } from './other-findings.ts';
import { techniqueText, type TechniqueInput } from './technique.ts';

export interface DraftOptions {
  /** The study's series (shared/ cannot read the database). */
  technique?: TechniqueInput;
  /** The radiologist's label overrides by finding id; they replace the engine's label in the impression. */
  labelOverrides?: Readonly<Record<string, LabelOverride>>;
  /** Six lumbar-type vertebrae (the case's anatomy): levels run to L6–S1 even when nothing is tagged there. */
  sixLumbar?: boolean;
}

/** Drafts the structured report of a case from its correlation. Pure: same input, same text. */
export function draftReport(caseData: Case, correlation: CorrelationInput, options: DraftOptions = {}): ReportDocument {
  const texts: Record<SectionId, string> = {
    indication: indicationText(caseData),
    technique: techniqueText(options.technique),
    findings: findingsText(caseData.findings, options.sixLumbar),
    'other-findings': otherFindingsText(caseData.findings),
    impression: impressionText(caseData, correlation, options.labelOverrides),
  };
  return {
    format: REPORT_FORMAT,
    ruleset: correlation.ruleset,
    sections: (Object.keys(texts) as SectionId[]).map((id) => ({ id, title: SECTION_TITLES[id], text: texts[id] })),
  };
}
