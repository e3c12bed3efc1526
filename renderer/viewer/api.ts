import type { StudySummary } from '../../shared/ipc/channels/studies.ts';
import type { Anchor } from '../../shared/domain/findings.ts';
import type { DiscLevel } from '../../shared/domain/levels.ts';
import type { Anatomy, LevelMark } from './levels/level-marks.ts';

export type { Anchor } from '../../shared/domain/findings.ts';
export type { Anatomy, LevelMark, LevelPosition } from './levels/level-marks.ts';

/** An anchored finding as the viewer draws it: an arrow at `anchor.imagePoint` on its image, with a short label. */
export interface AnchorMark {
  /** The finding's id: what onAnchorSelected reports. */
  id: string;
  label: string;
  anchor: Anchor;
}

/** What the viewer is asked to place an arrow for. */
export interface AnchorRequest {
  id: string;
  label: string;
}

/** What the host has selected: what T (the keyboard crosshair) places when no placement is waiting. */
export interface ViewerSelection {
  /** The selected finding: T places (or moves) its arrow. */
  finding: AnchorRequest | null;
  /** The selected disc: T moves its label, when it has one. */
  level: DiscLevel | null;
}

/**
 * The viewer's inputs and outputs. It stores nothing of the case: levels, anatomy and anchors
 * come in as props, and every change goes out through a callback for the host to persist and
 * pass back. Cornerstone annotations are never used to keep them.
 */
export interface ViewerProps {
  study: StudySummary;
  /** Disc levels with their positions (only those that have one). */
  levels: readonly LevelMark[];
  anatomy: Anatomy;
  anchors: readonly AnchorMark[];
  /** The full new set of level positions, after a disc was marked (the others proposed) or a label dragged. */
  onLevelsChange(levels: LevelMark[]): void;
  /**
   * The reader shifted the count in the viewer's toolbar; the same discs renamed from the sacrum
   * up follow through onLevelsChange. Leave it out when the host has its own control (the
   * reading screen's case header): the viewer then shows no count selector.
   */
  onAnatomyChange?(anatomy: Anatomy): void;
  /** The arrow asked for with placeAnchor() was put on an image. */
  onAnchorPlaced(id: string, anchor: Anchor): void;
  /** The reader clicked an anchored finding's arrow. */
  onAnchorSelected?(id: string): void;
  /** A placement asked for with placeAnchor() or labelLevels() was given up (Esc, another tool). */
  onPlacementCancelled?(): void;
  /** Leave it out where nothing is selected: T then only marks levels or finishes a waiting placement. */
  selection?: ViewerSelection;
}

export interface ViewerHandle {
  /** Brings the anchor's image up (loading its series into a viewport when none shows it) and marks the point. False when the image is not in this study. */
  showAnchor(anchor: Anchor): Promise<boolean>;
  /** The next click on any image places the arrow for `request` (Esc cancels). */
  placeAnchor(request: AnchorRequest): void;
  /** The next click on a sagittal image marks this disc (default: the lumbosacral disc) and the others are proposed. */
  labelLevels(level?: DiscLevel): void;
  /** Leaves any placement mode (without calling onPlacementCancelled). */
  cancelPlacement(): void;
  /** Every viewport goes to the slice nearest a patient point (mm) that passes within a slice's reach of it, and the point is marked. */
  showPoint(point: readonly [number, number, number]): void;
}
