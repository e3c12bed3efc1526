import { useEffect, useMemo, useRef } from 'react';
import { findingTypeMeta } from '../../../shared/domain/finding-types.ts';
import type { Anchor, Finding } from '../../../shared/domain/findings.ts';
import { isDiscLevel, type Level } from '../../../shared/domain/levels.ts';
import type { Anatomy, LevelState } from '../../../shared/ipc/channels/case-view.ts';
import type { LevelPlacement } from '../../../shared/ipc/channels/cases.ts';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import type { AnchorMark, LevelMark, ViewerHandle, ViewerSelection } from '../../viewer/api.ts';
import { Viewer } from '../../viewer/Viewer.tsx';

/**
 * What the reading screen gives the viewer and what it expects back. Cornerstone annotations are
 * a view of the case, never its storage: the viewer draws level labels from `levels` and arrows
 * from `findings[].anchor`, and reports changes through the callbacks, which save them (undoable)
 * through `case.setLevels` and `case.setFindingAnchor`.
 */
export interface ViewerAreaProps {
  study: StudySummary;
  /** The level list with each label's patient-space position (null: not labelled yet). */
  levels: readonly LevelState[];
  /** Transitional anatomy: which disc names the viewer proposes (the case header changes it). */
  anatomy: Anatomy;
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
  /** The reader clicked a finding's arrow on an image. */
  onFindingSelected?(findingId: string): void;
}

function arrowLabel(finding: Finding): string {
  return `${finding.level} ${findingTypeMeta(finding.type).displayName.toLowerCase()}`;
}

/** The large image area of the reading screen: the viewer, fed from the case and saving into it. */
export function ViewerArea(props: ViewerAreaProps) {
  const { study, findings, selectedFindingId, selectedLevel, anchoring } = props;
  const viewer = useRef<ViewerHandle>(null);

  const levels = useMemo<LevelMark[]>(
    () => props.levels.flatMap((l) => (l.position && isDiscLevel(l.level) ? [{ level: l.level, position: l.position, placedBy: l.placedBy ?? 'user' }] : [])),
    [props.levels],
  );
  const selection = useMemo<ViewerSelection>(() => {
    const finding = findings.find((f) => f.id === selectedFindingId);
    return { finding: finding ? { id: finding.id, label: arrowLabel(finding) } : null, level: selectedLevel && isDiscLevel(selectedLevel) ? selectedLevel : null };
  }, [findings, selectedFindingId, selectedLevel]);
  const anchors = useMemo<AnchorMark[]>(() => findings.flatMap((f) => (f.anchor ? [{ id: f.id, label: arrowLabel(f), anchor: f.anchor }] : [])), [findings]);

  // Moving through the list brings the images along: a finding's arrow, else its level's label.
  const latest = useRef({ findings, levels: props.levels });
  latest.current = { findings, levels: props.levels };
  useEffect(() => {
    const finding = latest.current.findings.find((f) => f.id === selectedFindingId);
    if (finding?.anchor) {
      void viewer.current?.showAnchor(finding.anchor);
      return;
    }
    const position = latest.current.levels.find((l) => l.level === selectedLevel)?.position;
    if (position) viewer.current?.showPoint(position.patientPoint);
  }, [selectedFindingId, selectedLevel]);

  useEffect(() => {
    const finding = latest.current.findings.find((f) => f.id === anchoring);
    if (anchoring && finding) viewer.current?.placeAnchor({ id: anchoring, label: arrowLabel(finding) });
    else viewer.current?.cancelPlacement();
  }, [anchoring]);

  return (
    <section className="viewer-area" data-testid="viewer-area" aria-label="Images">
      <Viewer
        ref={viewer}
        study={study}
        levels={levels}
        anatomy={props.anatomy}
        anchors={anchors}
        onLevelsChange={props.onLevelsPlaced}
        onAnchorPlaced={props.onAnchorPlaced}
        onAnchorSelected={props.onFindingSelected}
        onPlacementCancelled={props.onAnchorCancelled}
        selection={selection}
      />
    </section>
  );
}
