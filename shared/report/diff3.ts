// A line-based three-way merge (diff3): changes on either side that touch different lines of the
// base merge cleanly; changes to the same lines conflict unless both sides made the same change.

/** For each line of `a`, the index of the line of `b` it is matched with by a longest common subsequence, or -1. */
function lcsMatches(a: readonly string[], b: readonly string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const matches = new Array<number>(a.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      matches[i] = j;
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return matches;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

export type MergeResult = { ok: true; lines: string[] } | { ok: false };

/** Merges `mine` and `theirs`, both derived from `base`. */
export function mergeLines(base: readonly string[], mine: readonly string[], theirs: readonly string[]): MergeResult {
  const toMine = lcsMatches(base, mine);
  const toTheirs = lcsMatches(base, theirs);
  const merged: string[] = [];
  let baseStart = 0;
  let mineStart = 0;
  let theirsStart = 0;
  // Walk the base lines both sides kept; each gap between two such lines is one chunk to reconcile.
  for (let i = 0; i <= base.length; i++) {
    const stable = i === base.length || (toMine[i]! >= 0 && toTheirs[i]! >= 0);
    if (!stable) continue;
    const mineEnd = i === base.length ? mine.length : toMine[i]!;
    const theirsEnd = i === base.length ? theirs.length : toTheirs[i]!;
    const baseChunk = base.slice(baseStart, i);
    const mineChunk = mine.slice(mineStart, mineEnd);
    const theirsChunk = theirs.slice(theirsStart, theirsEnd);
    if (sameLines(mineChunk, baseChunk)) merged.push(...theirsChunk);
    else if (sameLines(theirsChunk, baseChunk) || sameLines(mineChunk, theirsChunk)) merged.push(...mineChunk);
    else return { ok: false };
    if (i < base.length) merged.push(base[i]!);
    baseStart = i + 1;
    mineStart = mineEnd + 1;
    theirsStart = theirsEnd + 1;
  }
  return { ok: true, lines: merged };
}
