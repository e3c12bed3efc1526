/** A figure as the source gives it: a number, a range or phrase, or a small table of them. */
export type Figure = number | string | { readonly [key: string]: Figure };

export interface EvidenceEntry {
  /** The full citation a reader can check. */
  citation: string;
  /** Where clinical-knowledge.md discusses it. */
  section: string;
  /** How it was read: [V] in the source, [A] abstract or secondary page, [M] bibliographic detail not re-checked. */
  status: string;
  figures: { readonly [key: string]: Figure };
  /** Caveats, and what the knowledge file marks NOT FOUND or [M]. */
  note?: string;
}
