import type { DiscLevel } from '../../../shared/domain/levels.ts';
import type { AnchorRequest, ViewerSelection } from '../api.ts';
import type { LevelMark } from '../levels/level-marks.ts';

/** A placement waiting for a click on an image (or Enter at the keyboard crosshair). */
export type Placing = { kind: 'level'; level: DiscLevel } | { kind: 'anchor'; request: AnchorRequest };

/** What the keyboard crosshair puts down: a placement, or a label moved (as a drag does). */
export type KeyboardTarget = Placing | { kind: 'move'; mark: LevelMark };

/**
 * What T places with the crosshair: the placement already waiting for a click (L, the finding's
 * Anchor button); else the selected finding's arrow; else the selected level's label, moved;
 * else the disc to mark, the others proposed (as L).
 */
export function keyboardTarget(pending: Placing | null, selection: ViewerSelection | undefined, levels: readonly LevelMark[], markLevel: DiscLevel): KeyboardTarget {
  if (pending) return pending;
  if (selection?.finding) return { kind: 'anchor', request: selection.finding };
  const mark = selection?.level ? levels.find((m) => m.level === selection.level) : undefined;
  if (mark) return { kind: 'move', mark };
  return { kind: 'level', level: markLevel };
}
