import type { Finding } from '../../../shared/domain/findings.ts';

/**
 * The per-case wide CSV in the column style of the RSNA 2024 Lumbar Spine Degenerative
 * Classification challenge: 5 conditions × 5 levels (L1/L2 … L5/S1), values `Normal/Mild`,
 * `Moderate`, `Severe`. Our grades map to those classes as follows (the worst finding at a level
 * and side wins):
 *
 * - spinal_canal_stenosis ← central-stenosis: grade none/mild → Normal/Mild, moderate → Moderate,
 *   severe → Severe; without a grade, Schizas A1–A4 → Normal/Mild, B → Moderate, C and D → Severe.
 * - {left,right}_neural_foraminal_narrowing ← foraminal-stenosis, Lee 2010 grade 0–1 →
 *   Normal/Mild, 2 → Moderate, 3 → Severe; side `bilateral` fills both sides.
 * - {left,right}_subarticular_stenosis ← lateral-recess-stenosis, Bartynski grade 0–1 →
 *   Normal/Mild, 2 → Moderate, 3 → Severe; side `bilateral` fills both sides.
 *
 * A condition with no finding at a level is `Normal/Mild` in a signed (final or amended) report,
 * which lists what is abnormal, and where the radiologist marked the level normal; in a draft it
 * is left empty (not assessed). A finding of the condition without a grade is left empty too.
 * Levels beyond L1–S1 (T12-L1, L5-L6, L6-S1) have no column.
 */
export const RSNA_LEVELS = [
  ['L1-L2', 'l1_l2'],
  ['L2-L3', 'l2_l3'],
  ['L3-L4', 'l3_l4'],
  ['L4-L5', 'l4_l5'],
  ['L5-S1', 'l5_s1'],
] as const;
export const RSNA_CONDITIONS = [
  'spinal_canal_stenosis',
  'left_neural_foraminal_narrowing',
  'right_neural_foraminal_narrowing',
  'left_subarticular_stenosis',
  'right_subarticular_stenosis',
] as const;
export type RsnaCondition = (typeof RSNA_CONDITIONS)[number];
export const RSNA_CLASSES = ['Normal/Mild', 'Moderate', 'Severe'] as const;
type RsnaClass = (typeof RSNA_CLASSES)[number];

/** The 25 column names, condition-major as in the challenge's train.csv. */
export const RSNA_COLUMNS: readonly string[] = RSNA_CONDITIONS.flatMap((condition) => RSNA_LEVELS.map(([, suffix]) => `${condition}_${suffix}`));

const GRADE_0_TO_3: Record<number, RsnaClass> = { 0: 'Normal/Mild', 1: 'Normal/Mild', 2: 'Moderate', 3: 'Severe' };
const SEVERITY: Record<string, RsnaClass> = { none: 'Normal/Mild', mild: 'Normal/Mild', moderate: 'Moderate', severe: 'Severe' };
const SCHIZAS: Record<string, RsnaClass> = { A1: 'Normal/Mild', A2: 'Normal/Mild', A3: 'Normal/Mild', A4: 'Normal/Mild', B: 'Moderate', C: 'Severe', D: 'Severe' };

/** The class a finding gives the conditions it grades, or null (ungraded, or not one of them). */
function classify(finding: Finding): { conditions: RsnaCondition[]; value: RsnaClass | null } | null {
  const sides = (left: RsnaCondition, right: RsnaCondition): RsnaCondition[] =>
    finding.side === 'left' ? [left] : finding.side === 'right' ? [right] : finding.side === 'bilateral' ? [left, right] : [];
  switch (finding.type) {
    case 'central-stenosis':
      return { conditions: ['spinal_canal_stenosis'], value: (finding.grade && SEVERITY[finding.grade]) || (finding.schizas && SCHIZAS[finding.schizas]) || null };
    case 'foraminal-stenosis':
      return { conditions: sides('left_neural_foraminal_narrowing', 'right_neural_foraminal_narrowing'), value: finding.grade !== undefined ? GRADE_0_TO_3[finding.grade]! : null };
    case 'lateral-recess-stenosis':
      return { conditions: sides('left_subarticular_stenosis', 'right_subarticular_stenosis'), value: finding.grade !== undefined ? GRADE_0_TO_3[finding.grade]! : null };
    default:
      return null;
  }
}

/** The 25 values of one case, in RSNA_COLUMNS order ('' = not assessed). */
export function rsnaRow(findings: readonly Finding[], complete: boolean, normalLevels: readonly string[]): string[] {
  const cells = new Map<string, RsnaClass | null>();
  for (const finding of findings) {
    const level = RSNA_LEVELS.find(([name]) => name === finding.level);
    const graded = classify(finding);
    if (!level || !graded) continue;
    for (const condition of graded.conditions) {
      const key = `${condition}_${level[1]}`;
      const previous = cells.get(key);
      if (graded.value === null) {
        if (previous === undefined) cells.set(key, null);
      } else if (previous === undefined || previous === null || RSNA_CLASSES.indexOf(graded.value) > RSNA_CLASSES.indexOf(previous)) {
        cells.set(key, graded.value);
      }
    }
  }
  return RSNA_CONDITIONS.flatMap((condition) =>
    RSNA_LEVELS.map(([name, suffix]) => {
      const key = `${condition}_${suffix}`;
      if (cells.has(key)) return cells.get(key) ?? '';
      return complete || normalLevels.includes(name) ? 'Normal/Mild' : '';
    }),
  );
}
