// The correlation engine: `correlate(case)` → correlation format v1, its evidence table and the
// pieces the UI and the report show (labels, prevalence by age).
export { correlate } from './correlate.ts';
export { RULESET } from './ruleset.ts';
export * from './output.ts';
export { EVIDENCE, EVIDENCE_IDS, evidenceEntry, isEvidenceId, type EvidenceEntry, type EvidenceId, type Figure } from './evidence/index.ts';
export { figureLines } from './evidence/render.ts';
export { asymptomaticPrevalence, FEW_SUBJECTS, type AgePrevalence, type PrevalenceRow } from './prevalence.ts';
export { BRINJIKJI_2015_TABLE, DECADES, PREVALENCE_ROWS } from './evidence/brinjikji-2015-table.ts';
export { PERSISTENT_SYMPTOMS_WEEKS } from './case/appropriateness.ts';
