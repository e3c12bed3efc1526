import { z } from 'zod';

export const REPORT_FORMAT = 'spinecorrelate.report/1';

/** Stable ids: edits are tracked per section, so these never change meaning. */
export const SECTION_IDS = ['indication', 'technique', 'findings', 'other-findings', 'impression'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  indication: 'Clinical indication',
  technique: 'Technique',
  findings: 'Findings',
  'other-findings': 'Other findings',
  impression: 'Impression',
};

export const reportSectionSchema = z.object({
  id: z.enum(SECTION_IDS),
  title: z.string(),
  text: z.string().max(100_000),
});
export type ReportSection = z.infer<typeof reportSectionSchema>;

/** A drafted report: what `draftReport` returns and `report --format json` prints. */
export const reportDocumentSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  /** The correlation ruleset the draft was generated from. */
  ruleset: z.string(),
  sections: z.array(reportSectionSchema),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;

/**
 * A section as the editor holds it: the text the radiologist sees (and signs), and the generated
 * text it is based on, the base of the three-way merge when findings change.
 */
export const editableSectionSchema = reportSectionSchema.extend({
  generated: z.string().max(100_000),
  /** A regenerated text that clashes with the radiologist's edit, waiting for a choice. */
  conflict: z.object({ generated: z.string().max(100_000) }).optional(),
  /** The last regeneration was merged around the radiologist's edits, line by line. */
  merged: z.boolean().optional(),
});
export type EditableSection = z.infer<typeof editableSectionSchema>;

/** The report as the editor saves it: each section with its generated base. */
export const reportContentSchema = reportDocumentSchema.extend({ sections: z.array(editableSectionSchema) });
export type ReportContent = z.infer<typeof reportContentSchema>;

export function isEdited(section: EditableSection): boolean {
  return section.text !== section.generated;
}

/** A fresh editable copy of a draft: nothing edited yet. */
export function contentFromDraft(draft: ReportDocument): ReportContent {
  return { format: REPORT_FORMAT, ruleset: draft.ruleset, sections: draft.sections.map((section) => ({ ...section, generated: section.text })) };
}

/** The text as it stands (what plain text, PDF and SR carry). */
export function documentFromContent(content: ReportContent): ReportDocument {
  return { format: REPORT_FORMAT, ruleset: content.ruleset, sections: content.sections.map(({ id, title, text }) => ({ id, title, text })) };
}
