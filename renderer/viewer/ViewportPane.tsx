import { useCallback, useRef, useState, type DragEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { AnchorMark } from './api.ts';
import type { LoadedSeries } from './engine/loaded-series.ts';
import type { PaneSnapshot, ViewerEngine } from './engine/viewer-engine.ts';
import { imageToPatient, type ImagePlane } from './geometry/image-plane.ts';
import type { Vec2, Vec3 } from './geometry/vec3.ts';
import type { LevelMark } from './levels/level-marks.ts';
import { SLOT_COLORS } from './overlays/colors.ts';
import { PaneGraphics, type ReferenceSource } from './overlays/PaneGraphics.tsx';
import { PaneText } from './overlays/PaneText.tsx';
import { CrosshairMark } from './placement/CrosshairMark.tsx';

export const SERIES_DRAG_TYPE = 'application/x-spinecorrelate-series';

/** A press that moves less than this (CSS px) is a click, not a drag. */
const CLICK_SLOP_PX = 4;

interface Props {
  slot: number;
  engine: ViewerEngine;
  snapshot: PaneSnapshot;
  loaded: LoadedSeries | null;
  /** Why the series could not be fetched. */
  seriesError: string | null;
  active: boolean;
  /** What a click does here, for the cursor: the tools' own, or placing something. */
  placing: 'level' | 'anchor' | null;
  references: readonly ReferenceSource[];
  levels: readonly LevelMark[] | null;
  levelText: string | null;
  anchors: readonly AnchorMark[];
  emphasisedAnchor: string | null;
  localizer: Vec3 | null;
  /** The keyboard's crosshair on this viewport (canvas CSS px), while placing with the keyboard. */
  crosshair: Vec2 | null;
  onElement(slot: number, element: HTMLDivElement | null): void;
  onActivate(slot: number): void;
  onClickPoint(slot: number, point: Vec3): void;
  onDropSeries(slot: number, seriesInstanceUID: string): void;
  /** A label being dragged (`done` when let go); `point` null when it was let go where it was picked up. */
  onLevelDrag(mark: LevelMark, slot: number, point: Vec3 | null, done: boolean): void;
  onAnchorClick(id: string): void;
}

/** One viewport: the Cornerstone element with the viewer's text and drawing over it. */
export function ViewportPane(props: Props) {
  const { slot, engine, snapshot, loaded } = props;
  const host = useRef<HTMLDivElement>(null);
  const press = useRef<{ x: number; y: number } | null>(null);
  const [cursor, setCursor] = useState<Vec3 | null>(null);
  const [dropping, setDropping] = useState(false);
  const { onElement } = props;
  // Stable, so React hands the element over once per mount rather than on every render.
  const elementRef = useCallback((element: HTMLDivElement | null) => onElement(slot, element), [onElement, slot]);

  const frame = loaded && snapshot.index >= 0 ? (loaded.frames[snapshot.index] ?? null) : null;
  const plane: ImagePlane | null = loaded && snapshot.index >= 0 ? (loaded.planes[snapshot.index] ?? null) : null;
  const onPlaneMm = Math.max(1, (loaded?.spacingMm ?? 2) / 2);

  const canvasPoint = (event: { clientX: number; clientY: number }): Vec2 | null => {
    const box = host.current?.getBoundingClientRect();
    return box ? [event.clientX - box.left, event.clientY - box.top] : null;
  };
  const worldAt = (event: { clientX: number; clientY: number }): Vec3 | null => {
    const at = canvasPoint(event);
    return at ? engine.canvasToWorld(slot, at) : null;
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    props.onActivate(slot);
    press.current = event.button === 0 ? { x: event.clientX, y: event.clientY } : null;
  };
  const onPointerUp = (event: ReactPointerEvent<HTMLDivElement>) => {
    const start = press.current;
    press.current = null;
    if (!start || event.button !== 0 || Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX) return;
    const point = worldAt(event);
    if (point) props.onClickPoint(slot, point);
  };

  const onLevelPointerDown = (mark: LevelMark, event: ReactPointerEvent<SVGElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const start = { x: event.clientX, y: event.clientY };
    const moved = (e: PointerEvent) => Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP_PX;
    const move = (e: PointerEvent) => {
      const point = moved(e) ? worldAt(e) : null;
      if (point) props.onLevelDrag(mark, slot, point, false);
    };
    const up = (e: PointerEvent) => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      // A click on a label leaves it where it is (and as proposed as it was).
      props.onLevelDrag(mark, slot, moved(e) ? worldAt(e) : null, true);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(SERIES_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    setDropping(false);
    const uid = event.dataTransfer.getData(SERIES_DRAG_TYPE);
    if (!uid) return;
    event.preventDefault();
    props.onDropSeries(slot, uid);
  };

  const transform = plane ? imageToCanvas(engine, slot, plane) : null;
  const error = snapshot.error ?? props.seriesError;
  const classes = ['viewport-pane', props.active ? 'active' : '', dropping ? 'dropping' : '', props.placing ? `placing-${props.placing}` : ''].filter(Boolean).join(' ');
  return (
    <section
      className={classes}
      style={{ ['--slot-color' as string]: SLOT_COLORS[slot] }}
      aria-label={`Viewport ${slot + 1}${loaded ? `: ${loaded.series.description}` : ''}`}
      data-testid="viewport"
      data-slot={slot}
      data-active={props.active}
      data-series-uid={loaded?.series.seriesInstanceUID ?? ''}
      data-plane={loaded?.series.plane ?? ''}
      data-index={snapshot.index}
      data-count={snapshot.count}
      data-sop-uid={frame?.image.sopInstanceUID ?? ''}
      data-voi={snapshot.voi ? `${snapshot.voi.center.toFixed(1)}/${snapshot.voi.width.toFixed(1)}` : ''}
      data-invert={snapshot.invert}
      data-error={error ?? ''}
      data-views={snapshot.views}
      data-image-to-canvas={transform?.join(',') ?? ''}
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <div
        ref={host}
        className="viewport-host"
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerMove={(event) => setCursor(worldAt(event))}
        onPointerLeave={() => setCursor(null)}
        onContextMenu={(event) => event.preventDefault()}
      >
        <div ref={elementRef} className="cornerstone-element" />
      </div>
      <PaneGraphics
        engine={engine}
        slot={slot}
        plane={error ? null : plane}
        image={frame ? { sopInstanceUID: frame.image.sopInstanceUID, frame: frame.frame } : null}
        views={snapshot.views}
        references={props.references}
        levels={props.levels}
        anchors={props.anchors}
        emphasisedAnchor={props.emphasisedAnchor}
        localizer={props.localizer}
        placing={props.placing !== null}
        onPlaneMm={onPlaneMm}
        onLevelPointerDown={onLevelPointerDown}
        onAnchorClick={props.onAnchorClick}
      />
      {props.crosshair && <CrosshairMark at={props.crosshair} />}
      <PaneText series={loaded?.series ?? null} snapshot={snapshot} plane={plane} levelText={props.levelText} cursor={cursor} />
      {error && (
        <div className="pane-message error" role="alert" data-testid="viewport-error">
          {error}
        </div>
      )}
      {!loaded && !error && <div className="pane-message">Drop a series here, or pick one in the strip and press Enter.</div>}
    </section>
  );
}

/** Where image points land on the canvas: [x0, y0, dx per column, dy per column, dx per row, dy per row]. */
function imageToCanvas(engine: ViewerEngine, slot: number, plane: ImagePlane): number[] | null {
  const origin = engine.worldToCanvas(slot, imageToPatient(plane, [0, 0]));
  const column = engine.worldToCanvas(slot, imageToPatient(plane, [1, 0]));
  const row = engine.worldToCanvas(slot, imageToPatient(plane, [0, 1]));
  if (!origin || !column || !row) return null;
  return [origin[0], origin[1], column[0] - origin[0], column[1] - origin[1], row[0] - origin[0], row[1] - origin[1]].map((v) => Math.round(v * 1000) / 1000);
}
