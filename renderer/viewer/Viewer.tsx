import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { DiscLevel } from '../../shared/domain/levels.ts';
import type { Anchor, AnchorMark, AnchorRequest, ViewerHandle, ViewerProps } from './api.ts';
import { renderPath } from './cornerstone/setup.ts';
import { frameIndexOf, type LoadedSeries } from './engine/loaded-series.ts';
import type { PrimaryTool } from './engine/tool-modes.ts';
import { dot } from './geometry/vec3.ts';
import { GRID_VIEWPORTS, assignSeries, hangingProtocol } from './layout/hanging-protocol.ts';
import { axialLevelOf, describeAxialLevel } from './levels/axial-level.ts';
import { lumbosacralDisc, relabelForAnatomy, type Anatomy, type LevelMark } from './levels/level-marks.ts';
import { GRID_ORDER, type ViewerActions } from './actions.ts';
import { anchorAt, levelPositionAt, localize, markAndPropose } from './interaction.ts';
import { SLOT_COLORS } from './overlays/colors.ts';
import type { ReferenceSource } from './overlays/PaneGraphics.tsx';
import { keyboardTarget, type KeyboardTarget, type Placing } from './placement/keyboard-target.ts';
import { useCrosshair } from './placement/useCrosshair.ts';
import { SeriesStrip } from './SeriesStrip.tsx';
import { useLayout } from './useLayout.ts';
import { useStudySeries } from './useStudySeries.ts';
import { useViewerEngine } from './useViewerEngine.ts';
import { useViewerShortcuts } from './useViewerShortcuts.ts';
import { ViewerToolbar } from './ViewerToolbar.tsx';
import { ViewportPane } from './ViewportPane.tsx';

const SHOWN_ANCHOR_ID = '__shown-anchor';
const NEAR_PARALLEL_COS = Math.cos((20 * Math.PI) / 180);

/**
 * The lumbar spine reading viewer: up to four Cornerstone stack viewports laid out by the
 * hanging protocol (or the reader's remembered layout), a series strip, reading tools on the
 * keyboard and the mouse, reference lines, level labels and finding arrows. See api.ts for
 * what goes in and out.
 */
export function Viewer({ ref, ...props }: ViewerProps & { ref?: Ref<ViewerHandle> }) {
  const { study, anatomy } = props;
  const { engine, panes } = useViewerEngine();
  const { layout, setLayout } = useLayout(study);
  const series = useStudySeries(study);
  const [activeSlot, setActiveSlot] = useState(0);
  const [tool, setTool] = useState<PrimaryTool>('windowLevel');
  const [placing, setPlacing] = useState<Placing | null>(null);
  const [markLevel, setMarkLevel] = useState<DiscLevel>(lumbosacralDisc(anatomy));
  const [status, setStatus] = useState<string | null>(null);
  const [localizer, setLocalizer] = useState<[number, number, number] | null>(null);
  const [shownAnchor, setShownAnchor] = useState<{ id: string; anchor: Anchor } | null>(null);
  const [drag, setDrag] = useState<LevelMark | null>(null);
  const [attached, setAttached] = useState(0);
  const [firstImageMs, setFirstImageMs] = useState<number | null>(null);
  const opened = useRef(performance.now());
  const root = useRef<HTMLDivElement>(null);
  // The keys that other panels use too (arrows, digits, N, I, Delete, Alt+arrows) work on the
  // images while the focus is in the viewer: a click on an image or V puts it there.
  const [keyboardHere, setKeyboardHere] = useState(false);
  const shown = useRef(new Map<number, string>());
  const elements = useRef(new Map<number, HTMLDivElement>());
  const lastIndex = useRef(new Map<string, number>());

  const visible = layout ? GRID_VIEWPORTS[layout.grid] : 0;
  const slots = useMemo(() => Array.from({ length: visible }, (_, i) => i), [visible]);
  const loadedIn = (slot: number): LoadedSeries | null => {
    const uid = layout?.viewports[slot];
    return uid ? (series.loaded.get(uid) ?? null) : null;
  };
  const isSagittal = (slot: number) => loadedIn(slot)?.series.plane === 'sagittal';
  const planeIn = (slot: number) => {
    const loaded = loadedIn(slot);
    const index = panes[slot]?.index ?? -1;
    return loaded && index >= 0 && loaded.series.seriesInstanceUID === panes[slot]?.seriesInstanceUID ? (loaded.planes[index] ?? null) : null;
  };

  useEffect(() => setMarkLevel(lumbosacralDisc(anatomy)), [anatomy]);
  // The first viewport's series is almost always the protocol's: fetch its image list while the remembered layout loads.
  const { ensure } = series;
  useEffect(() => {
    const first = hangingProtocol(study.series).viewports[0];
    if (first) void ensure(first);
  }, [study.series, ensure]);
  useEffect(() => engine?.setPrimaryTool(placing ? 'none' : tool), [engine, tool, placing]);

  // Remember where each series was, so it comes back at that slice.
  useEffect(() => {
    for (const pane of panes) if (pane.seriesInstanceUID && pane.index >= 0) lastIndex.current.set(pane.seriesInstanceUID, pane.index);
  }, [panes]);

  const onElement = useCallback(
    (slot: number, element: HTMLDivElement | null) => {
      if (!engine) return;
      shown.current.delete(slot);
      if (element) elements.current.set(slot, element);
      else elements.current.delete(slot);
      if (element) engine.attach(slot, element);
      else engine.detach(slot);
      setAttached((n) => n + 1);
    },
    [engine],
  );

  // Put each visible slot's series on screen: the first viewport's first, the others once its
  // first image is up; then fetch the remaining series' image lists (for anchors).
  const firstSlot = layout ? slots.find((s) => layout.viewports[s]) : undefined;
  useEffect(() => {
    if (!engine || !layout) return;
    for (const slot of slots) {
      const uid = layout.viewports[slot];
      if (!uid || shown.current.get(slot) === uid) continue;
      const loaded = series.loaded.get(uid);
      if (!loaded) {
        if (slot === firstSlot || firstImageMs !== null) void series.ensure(uid);
        continue;
      }
      if (slot !== firstSlot && firstImageMs === null) continue;
      shown.current.set(slot, uid);
      const start = lastIndex.current.get(uid) ?? Math.floor((loaded.imageIds.length - 1) / 2);
      void engine.show(slot, loaded, start);
    }
    if (firstImageMs !== null) for (const s of study.series) if (s.isImage) void series.ensure(s.seriesInstanceUID);
  }, [engine, layout, slots, series, attached, firstSlot, firstImageMs, study.series]);

  // Time to the first image: from mounting to Cornerstone's first render in the first viewport.
  useEffect(() => {
    if (firstImageMs !== null || firstSlot === undefined || !engine) return;
    const renderedAt = (panes[firstSlot]?.views ?? 0) > 0 ? engine.firstRenderAt(firstSlot) : null;
    if (renderedAt === null) return;
    performance.mark('spinecorrelate:first-image', { startTime: renderedAt });
    setFirstImageMs(renderedAt - opened.current);
  }, [panes, firstSlot, firstImageMs, engine]);

  const assign = useCallback(
    (slot: number, uid: string) => {
      if (!layout) return;
      setLayout(assignSeries(layout, slot, uid));
      setActiveSlot(slot);
    },
    [layout, setLayout],
  );

  const levels = useMemo(() => (drag ? props.levels.map((m) => (m.level === drag.level ? drag : m)) : props.levels), [props.levels, drag]);
  const anchors = useMemo<readonly AnchorMark[]>(
    () => (shownAnchor && !props.anchors.some((a) => a.id === shownAnchor.id) ? [...props.anchors, { id: shownAnchor.id, label: '', anchor: shownAnchor.anchor }] : props.anchors),
    [props.anchors, shownAnchor],
  );

  const keyboard = useCrosshair({
    engine,
    planeIn,
    sizeOf: (slot) => {
      const element = elements.current.get(slot);
      return element ? [element.clientWidth, element.clientHeight] : null;
    },
    placing: placing !== null,
    onClickPoint: (slot, [x, y, z]) => onClickPoint(slot, [x, y, z]),
    onLevelDrag: (mark, slot, point, done) => onLevelDrag(mark, slot, point && [point[0], point[1], point[2]], done),
  });

  const activeVoi = panes[activeSlot]?.voi ?? null;
  const actions: ViewerActions = {
    setGrid: (grid) => {
      if (!layout) return;
      setLayout({ ...layout, grid });
      if (activeSlot >= GRID_VIEWPORTS[grid]) setActiveSlot(0);
    },
    cycleGrid: () => layout && actions.setGrid(GRID_ORDER[(GRID_ORDER.indexOf(layout.grid) + 1) % GRID_ORDER.length]!),
    activate: (slot) => {
      if (slot >= visible) return;
      setActiveSlot(slot);
      // The crosshair follows, except a label's: labels are moved on sagittal images only, as with the mouse.
      if (keyboard.crosshair && (!keyboard.crosshair.move || isSagittal(slot))) keyboard.start(slot, keyboard.crosshair.move, null);
    },
    setTool: (next) => {
      keyboard.cancel();
      if (placing) props.onPlacementCancelled?.();
      setPlacing(null);
      setStatus(null);
      setTool(next);
    },
    scroll: (delta) => engine?.scroll(activeSlot, delta),
    scrollToEnd: (end) => engine?.jumpTo(activeSlot, end === 'first' ? 0 : Number.MAX_SAFE_INTEGER),
    windowPreset: (preset) => {
      if (!engine) return;
      const windows = preset === 'file' ? engine.fileWindows(activeSlot) : [];
      if (windows.length > 0) {
        // Pressed again while a file window is on, the next one the file carries.
        const current = windows.findIndex((w) => activeVoi && Math.abs(w.center - activeVoi.center) < 0.01 && Math.abs(w.width - activeVoi.width) < 0.01);
        engine.setVoi(activeSlot, windows[(current + 1) % windows.length]!);
        return;
      }
      const range = engine.pixelRange(activeSlot);
      if (range) engine.setVoi(activeSlot, { center: (range.min + range.max) / 2, width: Math.max(1, range.max - range.min) });
    },
    scaleWindow: (factor) => activeVoi && engine?.setVoi(activeSlot, { center: activeVoi.center, width: Math.max(1, activeVoi.width * factor) }),
    shiftWindow: (fraction) => activeVoi && engine?.setVoi(activeSlot, { center: activeVoi.center + activeVoi.width * fraction, width: activeVoi.width }),
    zoom: (factor) => engine?.zoomBy(activeSlot, factor),
    pan: (dx, dy) => engine?.panBy(activeSlot, dx, dy),
    invert: () => engine?.toggleInvert(activeSlot),
    reset: () => engine?.reset(activeSlot),
    clearMeasurements: () => engine?.clearMeasurements(activeSlot),
    cycleSeries: (step) => {
      const images = study.series.filter((s) => s.isImage);
      if (!layout || images.length === 0) return;
      const current = images.findIndex((s) => s.seriesInstanceUID === layout.viewports[activeSlot]);
      const next = images[(current + step + images.length) % images.length]!;
      assign(activeSlot, next.seriesInstanceUID);
    },
    labelLevels: () => startLevels(markLevel),
    placeWithKeyboard: () => placeWithKeyboard(keyboardTarget(placing, props.selection, props.levels, markLevel)),
    moveCrosshair: (arrow, big) => keyboard.step(arrow, big),
    commitCrosshair: () => keyboard.commit(),
    cancel: () => {
      keyboard.cancel();
      if (placing) props.onPlacementCancelled?.();
      setPlacing(null);
      setStatus(null);
    },
    focusImages: () => root.current?.focus({ preventScroll: true }),
  };

  function startLevels(level: DiscLevel) {
    setPlacing({ kind: 'level', level });
    setStatus(`Click the centre of the ${level.replace('-', '–')} disc on a sagittal image, or press T to place it with the keyboard (Esc cancels).`);
  }

  /** The crosshair for `target` on the active viewport (for a level, on a sagittal one), starting where the arrow or label already is. */
  function placeWithKeyboard(target: KeyboardTarget) {
    const slot = target.kind === 'anchor' || isSagittal(activeSlot) ? activeSlot : (slots.find(isSagittal) ?? activeSlot);
    const near = target.kind === 'move' ? target.mark.position.patientPoint : target.kind === 'anchor' ? (anchors.find((a) => a.id === target.request.id)?.anchor.patientPoint ?? null) : null;
    if (!keyboard.start(slot, target.kind === 'move' ? target.mark : null, near ?? null)) {
      setStatus('There is no image in the viewport to place on.');
      return;
    }
    setActiveSlot(slot);
    if (target.kind !== 'move') setPlacing(target);
    setStatus(`${crosshairTask(target)}: arrows move the crosshair (Shift: ten steps), Enter places, Esc cancels.`);
    actions.focusImages();
  }

  useViewerShortcuts(actions, { placing: placing !== null, keyboardHere, crosshair: keyboard.crosshair !== null });

  const onClickPoint = (slot: number, point: [number, number, number]) => {
    const loaded = loadedIn(slot);
    const plane = planeIn(slot);
    const frame = loaded?.frames[panes[slot]?.index ?? -1];
    if (!engine || !loaded || !plane || !frame) return;
    if (placing?.kind === 'level') {
      if (loaded.series.plane !== 'sagittal') return setStatus(`Mark the ${placing.level.replace('-', '–')} disc on a sagittal image.`);
      const marks = markAndPropose(engine.pixels(slot), loaded, frame, plane, point, placing.level, anatomy);
      setPlacing(null);
      setStatus(`${marks.length - 1} levels proposed from ${placing.level.replace('-', '–')}: check them, drag a label to correct it.`);
      props.onLevelsChange(marks);
      return;
    }
    if (placing?.kind === 'anchor') {
      const anchor = anchorAt(loaded, frame, plane, point);
      setPlacing(null);
      setStatus(null);
      props.onAnchorPlaced(placing.request.id, anchor);
      return;
    }
    if (tool === 'length') return;
    setLocalizer(point);
    const targets = slots.filter((t) => t !== slot).flatMap((t) => {
      const other = loadedIn(t);
      const otherPlane = planeIn(t);
      const parallel = otherPlane ? Math.abs(dot(otherPlane.normal, plane.normal)) > NEAR_PARALLEL_COS : true;
      return other && !parallel && other.series.frameOfReferenceUID === loaded.series.frameOfReferenceUID ? [{ slot: t, loaded: other }] : [];
    });
    const moved = localize(point, targets);
    for (const { slot: t, index } of moved) engine.jumpTo(t, index);
    setStatus(targets.length > 0 && moved.length === 0 ? 'No slice of the other viewports passes through that point.' : null);
  };

  const onLevelDrag = (mark: LevelMark, slot: number, point: [number, number, number] | null, done: boolean) => {
    const loaded = loadedIn(slot);
    const plane = planeIn(slot);
    const frame = loaded?.frames[panes[slot]?.index ?? -1];
    if (!point || !loaded || !plane || !frame) {
      if (done) setDrag(null);
      return;
    }
    const moved: LevelMark = { level: mark.level, placedBy: 'user', position: levelPositionAt(loaded, frame, plane, point) };
    if (!done) return setDrag(moved);
    setDrag(null);
    props.onLevelsChange(props.levels.map((m) => (m.level === mark.level ? moved : m)));
  };

  const hostAnatomyChange = props.onAnatomyChange;
  const onAnatomyChange = hostAnatomyChange
    ? (next: Anatomy) => {
        if (next === anatomy) return;
        hostAnatomyChange(next);
        if (props.levels.length > 0) props.onLevelsChange(relabelForAnatomy(props.levels, anatomy, next));
      }
    : undefined;

  const showPoint = (point: [number, number, number]) => {
    if (!engine) return;
    setLocalizer(point);
    const targets = slots.flatMap((slot) => {
      const loaded = loadedIn(slot);
      return loaded ? [{ slot, loaded }] : [];
    });
    for (const { slot, index } of localize(point, targets)) engine.jumpTo(slot, index);
  };

  useImperativeHandle(ref, () => ({
    async showAnchor(anchor: Anchor) {
      if (!layout || !engine) return false;
      const candidates = anchor.seriesInstanceUID ? [anchor.seriesInstanceUID] : study.series.filter((s) => s.isImage).map((s) => s.seriesInstanceUID);
      for (const uid of candidates) {
        const loaded = await series.ensure(uid);
        const index = loaded ? frameIndexOf(loaded, anchor.sopInstanceUID, anchor.frame ?? 0) : -1;
        if (!loaded || index < 0) continue;
        const known = props.anchors.find((a) => a.anchor.sopInstanceUID === anchor.sopInstanceUID && a.anchor.imagePoint[0] === anchor.imagePoint[0] && a.anchor.imagePoint[1] === anchor.imagePoint[1]);
        setShownAnchor({ id: known?.id ?? SHOWN_ANCHOR_ID, anchor });
        lastIndex.current.set(uid, index);
        const slot = slots.find((s) => layout.viewports[s] === uid);
        if (slot !== undefined) {
          engine.jumpTo(slot, index);
          setActiveSlot(slot);
        } else {
          assign(activeSlot, uid);
        }
        return true;
      }
      return false;
    },
    placeAnchor(request: AnchorRequest) {
      setPlacing({ kind: 'anchor', request });
      setStatus(`Click the image where the arrow for "${request.label}" points, or press T to place it with the keyboard (Esc cancels).`);
    },
    labelLevels(level?: DiscLevel) {
      startLevels(level ?? lumbosacralDisc(anatomy));
    },
    cancelPlacement() {
      keyboard.cancel();
      setPlacing(null);
      setStatus(null);
    },
    showPoint(point: readonly [number, number, number]) {
      showPoint([point[0], point[1], point[2]]);
    },
  }));

  const shownIn = new Map<string, number[]>();
  for (const slot of slots) {
    const uid = layout?.viewports[slot];
    if (uid) shownIn.set(uid, [...(shownIn.get(uid) ?? []), slot]);
  }

  return (
    <div
      ref={root}
      className={`viewer${keyboardHere ? ' keyboard-here' : ''}`}
      tabIndex={-1}
      onFocus={() => setKeyboardHere(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setKeyboardHere(false);
      }}
      data-keyboard={keyboardHere}
      data-testid="viewer"
      data-render-path={engine ? renderPath() : ''}
      data-first-image-ms={firstImageMs?.toFixed(0) ?? ''}
      data-placing={placing?.kind ?? ''}
      data-crosshair={keyboard.crosshair ? (keyboard.crosshair.move ? 'move' : 'place') : ''}
      data-cache-bytes={engine?.cacheBytes() ?? 0}
    >
      <ViewerToolbar
        grid={layout?.grid ?? '1x3'}
        tool={placing ? 'none' : tool}
        anatomy={anatomy}
        markLevel={markLevel}
        status={status}
        renderPath={engine ? renderPath() : 'gpu'}
        actions={actions}
        onMarkLevelChange={(level) => {
          setMarkLevel(level);
          startLevels(level);
        }}
        onAnatomyChange={onAnatomyChange}
      />
      <div className="viewer-body">
        <SeriesStrip series={study.series} shownIn={shownIn} activeSlot={activeSlot} onAssign={assign} />
        <div className={`viewport-grid grid-${layout?.grid ?? 'loading'}`}>
          {engine &&
            layout &&
            slots.map((slot) => {
              const loaded = loadedIn(slot);
              const plane = planeIn(slot);
              const references: ReferenceSource[] = slots.flatMap((other) => {
                const otherPlane = planeIn(other);
                const otherSeries = loadedIn(other);
                return other !== slot && otherPlane && otherSeries && loaded && otherSeries.series.frameOfReferenceUID === loaded.series.frameOfReferenceUID
                  ? [{ slot: other, plane: otherPlane, color: SLOT_COLORS[other]! }]
                  : [];
              });
              const isSagittal = loaded?.series.plane === 'sagittal';
              const isAxial = loaded?.series.plane === 'axial';
              return (
                <ViewportPane
                  key={slot}
                  slot={slot}
                  engine={engine}
                  snapshot={panes[slot]!}
                  loaded={loaded && panes[slot]?.seriesInstanceUID === loaded.series.seriesInstanceUID ? loaded : null}
                  seriesError={layout.viewports[slot] ? (series.failed.get(layout.viewports[slot]!) ?? null) : null}
                  active={slot === activeSlot}
                  placing={placing?.kind ?? null}
                  references={references}
                  levels={isSagittal ? levels : null}
                  levelText={isAxial && plane && levels.length > 0 ? describeAxialLevel(axialLevelOf(plane, levels)) : null}
                  anchors={anchors}
                  emphasisedAnchor={shownAnchor?.id ?? null}
                  localizer={localizer}
                  crosshair={keyboard.crosshair?.slot === slot ? keyboard.crosshair.at : null}
                  onElement={onElement}
                  onActivate={(activated) => {
                    setActiveSlot(activated);
                    if (!root.current?.contains(document.activeElement)) root.current?.focus({ preventScroll: true });
                  }}
                  onClickPoint={onClickPoint}
                  onDropSeries={assign}
                  onLevelDrag={onLevelDrag}
                  onAnchorClick={(id) => props.onAnchorSelected?.(id)}
                />
              );
            })}
        </div>
      </div>
    </div>
  );
}

function crosshairTask(target: KeyboardTarget): string {
  if (target.kind === 'level') return `Mark the ${target.level.replace('-', '–')} disc`;
  if (target.kind === 'anchor') return `Place the arrow for "${target.request.label}"`;
  return `Move the ${target.mark.level.replace('-', '–')} label`;
}
