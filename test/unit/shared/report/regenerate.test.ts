import { describe, expect, it } from 'vitest';
import { mergeLines } from '../../../../shared/report/diff3.ts';
import { diffableLines, joinLines } from '../../../../shared/report/lines.ts';
import {
  contentFromDraft, documentFromContent, draftReport, editSection, hasConflicts, isEdited, regenerate, resolveConflict,
  type ReportContent, type SectionId,
} from '../../../../shared/report/index.ts';
import { caseOf, correlationOf, label, radicularCase, radicularCorrelation } from './scenarios.ts';

const textOf = (content: ReportContent, id: SectionId) => content.sections.find((s) => s.id === id)!;

describe('mergeLines (diff3)', () => {
  it('takes changes on different lines from both sides', () => {
    expect(mergeLines(['a', 'b', 'c'], ['A', 'b', 'c'], ['a', 'b', 'C'])).toEqual({ ok: true, lines: ['A', 'b', 'C'] });
  });
  it('takes an insertion on one side and a deletion on the other', () => {
    expect(mergeLines(['a', 'b', 'c'], ['a', 'x', 'b', 'c'], ['a', 'b'])).toEqual({ ok: true, lines: ['a', 'x', 'b'] });
  });
  it('accepts the same change made on both sides', () => {
    expect(mergeLines(['a', 'b'], ['a', 'B'], ['a', 'B'])).toEqual({ ok: true, lines: ['a', 'B'] });
  });
  it('refuses different changes to the same line', () => {
    expect(mergeLines(['a', 'b'], ['a', 'mine'], ['a', 'theirs'])).toEqual({ ok: false });
  });
});

describe('diffableLines', () => {
  it('splits at line and sentence ends and joins back exactly', () => {
    const text = 'One. Two 2.5 mm.\nThree. ';
    expect(diffableLines(text)).toEqual(['One. ', 'Two 2.5 mm.\n', 'Three. ']);
    expect(joinLines(diffableLines(text))).toBe(text);
  });
});

describe('regenerate: the structured parts follow the findings without losing edits', () => {
  const original = contentFromDraft(draftReport(radicularCase, radicularCorrelation));
  // The radiologist later tags a left L5–S1 foraminal stenosis: findings and impression change.
  const changedCase = {
    ...radicularCase,
    findings: [...radicularCase.findings, caseOf({ findings: [{ id: 'f5', level: 'L5-S1', type: 'foraminal-stenosis', side: 'left', grade: 1 }] }).findings[0]!],
  };
  const changedDraft = draftReport(changedCase, { ...radicularCorrelation, findings: [...radicularCorrelation.findings, label('f5', 'probably-incidental')] });

  it('updates untouched sections', () => {
    const { content, outcomes } = regenerate(original, changedDraft);
    expect(outcomes.findings).toBe('updated');
    expect(textOf(content, 'findings').text).toContain('Mild left foraminal stenosis (Lee 1).');
    expect(outcomes.indication).toBe('unchanged');
    expect(isEdited(textOf(content, 'findings'))).toBe(false);
  });

  it('keeps an edit when the generated text of that section did not change', () => {
    const edited = editSection(original, 'indication', 'Referred by the spine clinic: left sciatica.');
    const { content, outcomes } = regenerate(edited, changedDraft);
    expect(outcomes.indication).toBe('kept-edit');
    expect(textOf(content, 'indication').text).toBe('Referred by the spine clinic: left sciatica.');
  });

  it('merges around an edit of another line of the same section', () => {
    const findings = textOf(original, 'findings').text;
    const editedLine = findings.replace('T12–L1 to L3–L4: normal disc height and signal', 'T12–L1 to L3–L4: normal discs; conus ends at L1');
    const { content, outcomes } = regenerate(editSection(original, 'findings', editedLine), changedDraft);
    expect(outcomes.findings).toBe('merged');
    const merged = textOf(content, 'findings');
    expect(merged.text).toContain('T12–L1 to L3–L4: normal discs; conus ends at L1');
    expect(merged.text).toContain('Mild left foraminal stenosis (Lee 1).');
    expect(merged.merged).toBe(true);
    expect(merged.generated).toBe(textOf(contentFromDraft(changedDraft), 'findings').text);
  });

  it('shows a conflict with both versions when the same sentence changed on both sides, and keeps the edit until a choice', () => {
    const findings = textOf(original, 'findings').text;
    const mine = findings.replace('L5–S1: Circumferential disc bulge. Annular fissure with a high-intensity zone. No canal or foraminal narrowing.', 'L5–S1: Small disc bulge with an annular fissure.');
    const { content, outcomes } = regenerate(editSection(original, 'findings', mine), changedDraft);
    expect(outcomes.findings).toBe('conflict');
    const section = textOf(content, 'findings');
    expect(section.text).toBe(mine);
    expect(section.conflict?.generated).toContain('Mild left foraminal stenosis (Lee 1).');
    expect(hasConflicts(content)).toBe(true);

    const keptMine = textOf(resolveConflict(content, 'findings', { keep: 'mine' }), 'findings');
    expect(keptMine).toMatchObject({ text: mine, generated: section.conflict!.generated });
    expect(keptMine.conflict).toBeUndefined();

    const tookNew = textOf(resolveConflict(content, 'findings', { keep: 'generated' }), 'findings');
    expect(tookNew.text).toBe(section.conflict!.generated);
    expect(isEdited(tookNew)).toBe(false);

    const wrote = resolveConflict(content, 'findings', { keep: 'text', text: 'Both, combined by hand.' });
    expect(textOf(wrote, 'findings').text).toBe('Both, combined by hand.');
    expect(hasConflicts(wrote)).toBe(false);
  });

  it('after keeping an edit, a later unrelated regeneration merges against the new base', () => {
    const findings = textOf(original, 'findings').text;
    const mine = findings.replace('Circumferential disc bulge.', 'Small circumferential disc bulge.');
    const afterConflict = regenerate(editSection(original, 'findings', mine), changedDraft).content;
    const settled = resolveConflict(afterConflict, 'findings', { keep: 'mine' });
    const again = regenerate(settled, changedDraft);
    expect(again.outcomes.findings).toBe('kept-edit');
  });

  it('documentFromContent carries the text as it stands', () => {
    const edited = editSection(original, 'impression', '1. Edited impression.');
    expect(documentFromContent(edited).sections.find((s) => s.id === 'impression')?.text).toBe('1. Edited impression.');
    expect(correlationOf([]).ruleset).toBe(edited.ruleset);
  });
});
