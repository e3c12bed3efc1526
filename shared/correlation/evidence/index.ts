import { anatomyEvidence } from './anatomy-and-signs.ts';
import { associationEvidence } from './association.ts';
import { prevalenceEvidence } from './prevalence.ts';
import { guidanceEvidence } from './red-flags-and-guidance.ts';
import type { EvidenceEntry } from './types.ts';

export type { EvidenceEntry, Figure } from './types.ts';

const TABLE = {
  ...prevalenceEvidence,
  ...associationEvidence,
  ...anatomyEvidence,
  ...guidanceEvidence,
} satisfies Record<string, EvidenceEntry>;

export type EvidenceId = keyof typeof TABLE;

/** The one evidence table: every figure a rule or the UI uses, with its full citation. */
export const EVIDENCE: Readonly<Record<EvidenceId, EvidenceEntry>> = TABLE;

export const EVIDENCE_IDS = Object.keys(EVIDENCE) as EvidenceId[];

export function isEvidenceId(id: string): id is EvidenceId {
  return Object.hasOwn(EVIDENCE, id);
}

/** An entry with its id, for lists and the details view. */
export function evidenceEntry(id: EvidenceId): EvidenceEntry & { id: EvidenceId } {
  return { id, ...EVIDENCE[id] };
}
