// The part of correlation format v1 (../shared/spec/case-format.md, "Correlation output") that the
// report reads. Written against the spec while shared/correlation is in flight; the engine's own
// output type is a superset, so it can be passed here unchanged.
import type { Root, Side } from '../domain/index.ts';

export const CORRELATION_LABELS = ['urgent-red-flag', 'likely-pain-generator', 'possibly-contributory', 'probably-incidental'] as const;
export type CorrelationLabel = (typeof CORRELATION_LABELS)[number];

export interface FindingCorrelationInput {
  id: string;
  label: CorrelationLabel;
  reasons: string[];
  evidence: string[];
  asymptomaticPrevalence?: { percent: number; age: number; source: string };
  concordance?: { root?: Root; side?: Side; matches: boolean; status?: string };
}

export interface CorrelationInput {
  format: string;
  ruleset: string;
  findings: FindingCorrelationInput[];
  redFlags: string[];
  /** Extra of the engine: which red flags come from findings and which from the clinical picture. */
  redFlagDetails?: { kind: 'finding' | 'clinical'; findingIds: string[]; flag?: string; explained: boolean; message: string }[];
  ranking: string[];
  epidemiologyStatement: string;
}
