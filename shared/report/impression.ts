// The Impression: urgent red flags first with the line that they need communicating now; then
// likely pain generators with their concordance in words; then possibly contributory findings;
// then the probably incidental ones, under the age-matched epidemiology statement.
import type { Case, Finding } from '../domain/index.ts';
import { concordanceWords } from './concordance-words.ts';
import type { CorrelationInput, CorrelationLabel, FindingCorrelationInput } from './correlation-input.ts';
import { findingWords } from './finding-words.ts';
import { compareFindings } from './level-order.ts';
import { capitalise, sentence } from './words.ts';

export const URGENT_LINE = 'URGENT: the red-flag findings below need communicating to the referring clinician now.';

export interface LabelOverride {
  label: CorrelationLabel;
  reason?: string;
}

export interface LabelledFinding {
  finding: Finding;
  correlation: FindingCorrelationInput | undefined;
  label: CorrelationLabel | undefined;
}

/** Each finding with its effective label: the radiologist's override where there is one, else the engine's. */
export function labelFindings(caseData: Case, correlation: CorrelationInput, overrides: Readonly<Record<string, LabelOverride>> = {}): LabelledFinding[] {
  const byId = new Map(correlation.findings.map((entry) => [entry.id, entry]));
  return caseData.findings.map((finding) => {
    const computed = byId.get(finding.id);
    return { finding, correlation: computed, label: overrides[finding.id]?.label ?? computed?.label };
  });
}

/** Ranked findings first in the engine's order, the rest cranial to caudal. */
function inRankOrder(items: LabelledFinding[], ranking: readonly string[]): LabelledFinding[] {
  const rank = (item: LabelledFinding) => {
    const index = ranking.indexOf(item.finding.id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || compareFindings(a.finding, b.finding));
}

function withConcordance(item: LabelledFinding, caseData: Case): string {
  const phrase = findingWords(item.finding).phrase;
  const concordance = concordanceWords(item.finding, item.correlation, caseData.clinical ?? {});
  return concordance ? `${phrase}, ${concordance}` : phrase;
}

export function impressionText(caseData: Case, correlation: CorrelationInput, overrides: Readonly<Record<string, LabelOverride>> = {}): string {
  const labelled = labelFindings(caseData, correlation, overrides);
  const withLabel = (label: CorrelationLabel) => inRankOrder(labelled.filter((item) => item.label === label), correlation.ranking);
  const urgent = withLabel('urgent-red-flag');
  const likely = withLabel('likely-pain-generator');
  const possibly = withLabel('possibly-contributory');
  const incidental = labelled.filter((item) => item.label === 'probably-incidental').sort((a, b) => compareFindings(a.finding, b.finding));
  const unexplainedFlags = (correlation.redFlagDetails ?? []).filter((flag) => flag.kind === 'clinical' && !flag.explained).map((flag) => flag.message);

  const items: string[] = [];
  for (const item of urgent) items.push(sentence(`Urgent red flag: ${findingWords(item.finding).phrase}`));
  for (const message of unexplainedFlags) items.push(sentence(message));
  for (const item of likely) items.push(sentence(`Likely pain generator: ${withConcordance(item, caseData)}`));
  if (possibly.length) items.push(sentence(`Possibly contributory: ${possibly.map((item) => withConcordance(item, caseData)).join('; ')}`));
  if (incidental.length) {
    const statement = correlation.epidemiologyStatement.trim();
    items.push(`${sentence(`Probably incidental: ${incidental.map((item) => findingWords(item.finding).phrase).join('; ')}`)}${statement ? ` ${sentence(statement)}` : ''}`);
  }
  if (caseData.findings.length === 0) items.push('No abnormality of the lumbar spine.');
  else if (urgent.length === 0 && likely.length === 0) items.push(caseData.clinical ? 'No finding on this study is a likely pain generator for the recorded symptoms.' : 'No clinical information was recorded, so no finding is labelled a likely pain generator.');

  const numbered = items.map((item, index) => `${index + 1}. ${capitalise(item)}`);
  return [urgent.length ? URGENT_LINE : '', ...numbered].filter(Boolean).join('\n');
}
