import { z } from 'zod';
import { labelSchema, type Correlation } from '../correlation/output.ts';

/** How one finding's engine label and reasons differ between two correlations (null: not in that one). */
export const findingChangeSchema = z.object({
  findingId: z.string(),
  labelBefore: labelSchema.nullable(),
  labelAfter: labelSchema.nullable(),
  reasonsAdded: z.array(z.string()),
  reasonsRemoved: z.array(z.string()),
});
export type FindingChange = z.infer<typeof findingChangeSchema>;

export const correlationDiffSchema = z.object({
  rulesetBefore: z.string(),
  rulesetAfter: z.string(),
  /** Only the findings whose label or reasons changed, in the order the later correlation lists them. */
  findings: z.array(findingChangeSchema),
  redFlagsAdded: z.array(z.string()),
  redFlagsRemoved: z.array(z.string()),
});
export type CorrelationDiff = z.infer<typeof correlationDiffSchema>;

function minus(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((item) => !other.has(item));
}

/**
 * What changed between two correlations of the same findings — typically the one signed and the
 * one the engine gives after a spine physician updated the clinical picture: each finding's label
 * and reasons, and the case's red flags. A reason reworded counts as one removed and one added.
 */
export function diffCorrelations(before: Correlation, after: Correlation): CorrelationDiff {
  const earlier = new Map(before.findings.map((f) => [f.id, f]));
  const later = new Map(after.findings.map((f) => [f.id, f]));
  const ids = [...after.findings.map((f) => f.id), ...before.findings.map((f) => f.id).filter((id) => !later.has(id))];
  const findings: FindingChange[] = [];
  for (const id of ids) {
    const a = earlier.get(id);
    const b = later.get(id);
    const change: FindingChange = {
      findingId: id,
      labelBefore: a?.label ?? null,
      labelAfter: b?.label ?? null,
      reasonsAdded: minus(b?.reasons ?? [], a?.reasons ?? []),
      reasonsRemoved: minus(a?.reasons ?? [], b?.reasons ?? []),
    };
    if (change.labelBefore !== change.labelAfter || change.reasonsAdded.length > 0 || change.reasonsRemoved.length > 0) findings.push(change);
  }
  return {
    rulesetBefore: before.ruleset,
    rulesetAfter: after.ruleset,
    findings,
    redFlagsAdded: minus(after.redFlags, before.redFlags),
    redFlagsRemoved: minus(before.redFlags, after.redFlags),
  };
}
