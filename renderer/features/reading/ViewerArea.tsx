import type { Anchor, Finding } from '../../../shared/domain/findings.ts';
import type { Level } from '../../../shared/domain/levels.ts';
import type { LevelState } from '../../../shared/ipc/channels/case-view.ts';
import type { LevelPlacement } from '../../../shared/ipc/channels/cases.ts';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';

/**
 * What the reading screen gives the viewer and what it expects back. The viewer (Cornerstone3D,
 * renderer/viewer/**) is built on another branch: it replaces the body of `ViewerArea` and keeps
 * these props. Cornerstone annotations are a view of the case, never its storage: draw level labels
 * from `levels` and arrows from `findings[].anchor`, and report changes through the callbacks, which
 * save them (undoable) through `case.setLevels` and `case.setFindingAnchor`.
 */
export interface ViewerAreaProps {
  study: StudySummary;
  /** The level list with each label's patient-space position (null: not labelled yet). */
  levels: readonly LevelState[];
  /** The case's findings; those with an `anchor` get an arrow on their image. */
  findings: readonly Finding[];
  /** The finding selected in the list: bring its anchored image up (series, instance, frame). */
  selectedFindingId: string | null;
  /** The level the list is on: scroll the sagittal/axial stacks to it when it has a position. */
  selectedLevel: Level | null;
  /** A finding waiting for its arrow: the next click on an image places it (Esc cancels). */
  anchoring: string | null;
  /** The arrow was placed: seriesInstanceUID, sopInstanceUID, frame, imagePoint [x, y] and patientPoint [x, y, z]. */
  onAnchorPlaced(findingId: string, anchor: Anchor): void;
  onAnchorCancelled(): void;
  /**
   * The level labels as they now stand — all of them, after the radiologist marked one disc and the
   * others were proposed from the vertebral spacing (`placedBy: 'proposed'`), or after a drag (`'user'`).
   */
  onLevelsPlaced(levels: LevelPlacement[]): void;
}

/** The large image area of the reading screen. A placeholder until the viewer lands. */
export function ViewerArea({ study, levels, findings, selectedFindingId, selectedLevel, anchoring, onAnchorCancelled }: ViewerAreaProps) {
  const labelled = levels.filter((l) => l.position !== null).length;
  const anchored = findings.filter((f) => f.anchor).length;
  const selected = findings.find((f) => f.id === selectedFindingId);
  return (
    <section className="viewer-area" data-testid="viewer-area" aria-label="Images">
      <div className="viewer-placeholder">
        <p className="viewer-title">Image viewer</p>
        <p className="muted">
          The Cornerstone3D viewer is built on its own branch and fills this area: {study.series.filter((s) => s.isImage).length} image series of this study, level labels on
          the sagittal images, finding arrows.
        </p>
        <dl className="viewer-facts">
          <dt>Levels labelled on the images</dt>
          <dd>
            {labelled} of {levels.length}
          </dd>
          <dt>Findings anchored on an image</dt>
          <dd>
            {anchored} of {findings.length}
          </dd>
          <dt>At</dt>
          <dd>{selected ? `${selected.level} · ${selected.type}${selected.anchor ? ' (anchored)' : ''}` : (selectedLevel ?? '—')}</dd>
        </dl>
        {anchoring && (
          <p className="anchoring" role="status" data-testid="anchoring">
            Waiting for the viewer to place the arrow of this finding.{' '}
            <button type="button" onClick={onAnchorCancelled}>
              Cancel
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
