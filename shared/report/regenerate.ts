// When findings change, the structured parts regenerate without losing the radiologist's edits:
// a three-way merge per section of the last generated text (base), the edited text (mine) and the
// new generated text (theirs).
import { diffableLines, joinLines } from './lines.ts';
import { mergeLines } from './diff3.ts';
import { REPORT_FORMAT, SECTION_TITLES, type EditableSection, type ReportContent, type ReportDocument, type SectionId } from './document.ts';

export type SectionOutcome = 'unchanged' | 'updated' | 'kept-edit' | 'merged' | 'conflict';

export interface RegenerateResult {
  content: ReportContent;
  outcomes: Record<string, SectionOutcome>;
}

function mergeSection(section: EditableSection, regenerated: string): { section: EditableSection; outcome: SectionOutcome } {
  const base = section.generated;
  const mine = section.text;
  const { conflict: _conflict, merged: _merged, ...plain } = section;
  if (regenerated === base) {
    // Nothing new from the findings: an open conflict against an older regeneration is dropped.
    return { section: plain, outcome: mine === base ? 'unchanged' : 'kept-edit' };
  }
  if (mine === base || mine === regenerated) return { section: { ...plain, text: regenerated, generated: regenerated }, outcome: 'updated' };
  const merged = mergeLines(diffableLines(base), diffableLines(mine), diffableLines(regenerated));
  if (merged.ok) return { section: { ...plain, text: joinLines(merged.lines), generated: regenerated, merged: true }, outcome: 'merged' };
  return { section: { ...plain, conflict: { generated: regenerated } }, outcome: 'conflict' };
}

/** Applies a new draft to the edited content, section by section. */
export function regenerate(content: ReportContent, draft: ReportDocument): RegenerateResult {
  const outcomes: Record<string, SectionOutcome> = {};
  const sections = draft.sections.map((fresh) => {
    const current = content.sections.find((section) => section.id === fresh.id);
    if (!current) {
      outcomes[fresh.id] = 'updated';
      return { ...fresh, generated: fresh.text };
    }
    const { section, outcome } = mergeSection(current, fresh.text);
    outcomes[fresh.id] = outcome;
    return section;
  });
  return { content: { format: REPORT_FORMAT, ruleset: draft.ruleset, sections }, outcomes };
}

export type ConflictChoice = { keep: 'mine' } | { keep: 'generated' } | { keep: 'text'; text: string };

/** Settles a section's conflict: keep the edit, take the regenerated text, or a text written from both. */
export function resolveConflict(content: ReportContent, id: SectionId, choice: ConflictChoice): ReportContent {
  return {
    ...content,
    sections: content.sections.map((section) => {
      if (section.id !== id || !section.conflict) return section;
      const generated = section.conflict.generated;
      const { conflict: _conflict, merged: _merged, ...plain } = section;
      const text = choice.keep === 'mine' ? section.text : choice.keep === 'generated' ? generated : choice.text;
      return { ...plain, text, generated };
    }),
  };
}

/** The radiologist's edit of one section's text. */
export function editSection(content: ReportContent, id: SectionId, text: string): ReportContent {
  return {
    ...content,
    sections: content.sections.map((section) => {
      if (section.id !== id) return section;
      const { merged: _merged, ...rest } = section;
      return { ...rest, text, title: SECTION_TITLES[id] };
    }),
  };
}

export function hasConflicts(content: ReportContent): boolean {
  return content.sections.some((section) => section.conflict !== undefined);
}
