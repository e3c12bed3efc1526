import type { Case } from '../../../shared/domain/case.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { Correlation, Label } from '../../../shared/correlation/output.ts';
import { type CsvValue, csvRecord } from './csv.ts';
import type { ExportCase } from './case-source.ts';
import { RSNA_COLUMNS, rsnaRow } from './rsna-columns.ts';

export interface CaseOutput {
  source: ExportCase;
  deidentified: Case;
  correlation: Correlation;
  patientPseudonym: string;
  casePseudonym: string;
  includeNotes: boolean;
}

const FINDING_COLUMNS = [
  'patient_pseudonym', 'case_pseudonym', 'age', 'sex', 'study_date', 'case_status', 'finding_id', 'level', 'type', 'side',
  'attributes', 'computed_label', 'override_label', 'label', 'ruleset', 'review_verdict',
] as const;
const NOTE_COLUMNS = ['note', 'override_reason'] as const;

export function findingsCsvHeader(includeNotes: boolean): string {
  return csvRecord(includeNotes ? [...FINDING_COLUMNS, ...NOTE_COLUMNS] : FINDING_COLUMNS);
}

export function rsnaCsvHeader(): string {
  return csvRecord(['study_id', 'patient_pseudonym', ...RSNA_COLUMNS]);
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

/** The typed attributes of a finding as compact JSON with sorted keys (id, level, type, side, note and anchor have columns or stay out). */
function attributesOf(finding: Finding): string {
  const { id: _id, level: _level, type: _type, side: _side, note: _note, anchor: _anchor, ...attributes } = finding;
  return Object.keys(attributes).length === 0 ? '' : JSON.stringify(sortedKeys(attributes));
}

export function computedLabels(correlation: Correlation): Map<string, Label> {
  return new Map(correlation.findings.map((f) => [f.id, f.label]));
}

export function findingsCsvRows(output: CaseOutput): string {
  const { deidentified, correlation, source } = output;
  const labels = computedLabels(correlation);
  let text = '';
  for (const finding of deidentified.findings) {
    const override = source.overrides[finding.id];
    const computed = labels.get(finding.id) ?? null;
    const values: CsvValue[] = [
      output.patientPseudonym,
      output.casePseudonym,
      deidentified.patient?.age,
      deidentified.patient?.sex,
      deidentified.study?.date,
      source.status,
      finding.id,
      finding.level,
      finding.type,
      finding.side,
      attributesOf(finding),
      computed,
      override?.label,
      override?.label ?? computed,
      correlation.ruleset,
      source.reviewVerdicts[finding.id],
    ];
    if (output.includeNotes) values.push(finding.note, override?.reason);
    text += csvRecord(values);
  }
  return text;
}

export function rsnaCsvRow(output: CaseOutput): string {
  const complete = output.source.status !== 'draft';
  return csvRecord([output.casePseudonym, output.patientPseudonym, ...rsnaRow(output.deidentified.findings, complete, output.source.normalLevels)]);
}

/** One JSON Lines record: case format v1 (de-identified) with its correlation and the labels it ended with. */
export function jsonLine(output: CaseOutput): string {
  const overrides = Object.fromEntries(
    Object.entries(output.source.overrides).map(([id, o]) => [id, output.includeNotes ? { label: o.label, reason: o.reason } : { label: o.label }]),
  );
  return `${JSON.stringify({
    ...output.deidentified,
    status: output.source.status,
    correlation: output.correlation,
    ...(Object.keys(overrides).length > 0 ? { labelOverrides: overrides } : {}),
    ...(Object.keys(output.source.reviewVerdicts).length > 0 ? { reviewVerdicts: output.source.reviewVerdicts } : {}),
  })}\n`;
}
