import { rootFor, rootForStenosis, type Root } from './anatomy.ts';
import { findingTypeMeta } from './finding-types.ts';
import type { Finding } from './findings.ts';
import { isDiscLevel } from './levels.ts';

/**
 * The nerve root a finding's form fills in: from level and zone for a herniation (subarticular →
 * traversing root, foraminal → exiting root), from the stenosis site for the stenoses and cysts.
 * The radiologist may edit it; these helpers tell an edited root from a derived one.
 */

/** The root the anatomy gives for this finding's level (and zone), or null (no zone yet, T12, L6, a vertebral level). */
export function derivedRoot(finding: Finding): Root | null {
  const meta = findingTypeMeta(finding.type);
  if (!meta.rootFrom || !isDiscLevel(finding.level)) return null;
  if (meta.rootFrom === 'zone') {
    const zone = finding.type === 'disc-herniation' ? finding.zone : undefined;
    return zone ? rootFor(finding.level, zone) : null;
  }
  return rootForStenosis(finding.level, meta.rootFrom);
}

function rootField(finding: Finding): 'root' | 'rootCompromise' | null {
  const attribute = findingTypeMeta(finding.type).attributes.find((a) => a.kind === 'root' || a.kind === 'root-compromise');
  if (!attribute) return null;
  return attribute.kind === 'root' ? 'root' : 'rootCompromise';
}

/** The root the finding names, wherever its type keeps it. */
export function rootOf(finding: Finding): Root | undefined {
  const field = rootField(finding);
  const record = finding as Record<string, unknown>;
  if (field === 'root') return record.root as Root | undefined;
  if (field === 'rootCompromise') return (record.rootCompromise as { root?: Root } | undefined)?.root;
  return undefined;
}

/** The finding with its root set (or removed with undefined). */
export function withRoot<F extends Finding>(finding: F, root: Root | undefined): F {
  const field = rootField(finding);
  if (field === null) return finding;
  const copy: Record<string, unknown> = { ...finding };
  if (field === 'root') {
    if (root === undefined) delete copy.root;
    else copy.root = root;
  } else {
    const compromise: Record<string, unknown> = { ...((copy.rootCompromise as object | undefined) ?? {}) };
    if (root === undefined) delete compromise.root;
    else compromise.root = root;
    if (Object.keys(compromise).length === 0) delete copy.rootCompromise;
    else copy.rootCompromise = compromise;
  }
  return copy as F;
}

/**
 * After a change (of level, zone or type), the root follows the anatomy — unless the radiologist
 * had edited it, i.e. it differed from what the finding's previous level and zone gave.
 */
export function followDerivedRoot<F extends Finding>(before: Finding | null, after: F): F {
  const current = rootOf(after);
  const previous = before ? derivedRoot(before) : null;
  if (current !== undefined && current !== previous) return after;
  const next = derivedRoot(after);
  if (next === null) return previous !== null && current === previous ? withRoot(after, undefined) : after;
  return withRoot(after, next);
}

/** The same finding at another level: its derived root moves with it, its anchor (a point on another image) does not. */
export function findingCopyAt(source: Finding, level: Finding['level'], id: string): Finding {
  const { anchor: _anchor, ...rest } = source;
  return followDerivedRoot(source, { ...rest, id, level } as Finding);
}
