import type { Case } from '../domain/case.ts';
import type { Finding } from '../domain/findings.ts';
import type { ClinicalPicture } from './clinical-picture.ts';
import type { ConcordanceResult } from './concordance.ts';
import type { EvidenceId } from './evidence/index.ts';
import type { RootRelationOutput } from './finding-traits.ts';
import type { Label } from './output.ts';
import type { AgePrevalence } from './prevalence.ts';

export interface Reason {
  text: string;
  evidence: EvidenceId[];
  /** Shown first whatever label wins: a safety warning. */
  pinned?: boolean;
}

export interface MissingItem {
  text: string;
  /** Major: the label could change once it is recorded. */
  major: boolean;
}

/** What one rule family says about one finding. The engine keeps the highest label proposed. */
export interface Contribution {
  label?: Label;
  /** Most important first. */
  reasons: Reason[];
  concordance?: ConcordanceResult & { relation?: RootRelationOutput };
  prevalence?: AgePrevalence;
  missing?: MissingItem[];
  /** Strength within its label, for the ranking (higher first). */
  rankScore?: number;
  /** The rules cannot judge this finding (free text): keep it out of the ranking. */
  unassessed?: boolean;
}

export interface RuleContext {
  theCase: Case;
  picture: ClinicalPicture;
  /** The case's findings, cranial to caudal then by id. */
  findings: readonly Finding[];
}

export interface RuleFamily {
  name: string;
  assess(finding: Finding, context: RuleContext): Contribution[];
}

export function because(text: string, ...evidence: EvidenceId[]): Reason {
  return { text, evidence };
}

export function missing(text: string, major = true): MissingItem {
  return { text, major };
}

/** The other findings at the same level. */
export function atSameLevel(finding: Finding, context: RuleContext): Finding[] {
  return context.findings.filter((other) => other.level === finding.level && other.id !== finding.id);
}

/** Shared wording, so the case-level list can merge identical items. */
export const MISSING = {
  age: missing('Age not recorded: no age-matched prevalence can be given.', false),
  radicular: missing('Leg-pain pattern and deficits not recorded: root concordance cannot be assessed.'),
  axialPain: missing('Axial back pain not recorded.'),
  claudication: missing('Neurogenic claudication not recorded.'),
  redFlags: missing('Red flags not recorded.'),
} as const;
