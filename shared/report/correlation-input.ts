// The part of correlation format v1 (shared/correlation) that the report reads. The engine's
// output is assignable to it unchanged; tests and older case files may give just these fields.
import type { Concordance, Correlation, FindingCorrelation, Label, RedFlagDetail } from '../correlation/output.ts';

export type CorrelationLabel = Label;

export interface FindingCorrelationInput extends Pick<FindingCorrelation, 'id' | 'label' | 'reasons' | 'evidence'> {
  asymptomaticPrevalence?: Pick<NonNullable<FindingCorrelation['asymptomaticPrevalence']>, 'percent' | 'age' | 'source'>;
  concordance?: Pick<Concordance, 'root' | 'side' | 'matches'> & Partial<Pick<Concordance, 'status'>>;
}

export interface CorrelationInput extends Pick<Correlation, 'format' | 'ruleset' | 'redFlags' | 'ranking' | 'epidemiologyStatement'> {
  findings: FindingCorrelationInput[];
  /** Which red flags come from findings and which from the clinical picture (the engine always gives it). */
  redFlagDetails?: Pick<RedFlagDetail, 'kind' | 'findingIds' | 'flag' | 'explained' | 'message'>[];
}
