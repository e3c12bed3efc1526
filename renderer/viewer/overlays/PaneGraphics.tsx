import type { PointerEvent as ReactPointerEvent } from 'react';
import type { AnchorMark } from '../api.ts';
import type { ViewerEngine } from '../engine/viewer-engine.ts';
import { imageToPatient, signedDistance, type ImagePlane } from '../geometry/image-plane.ts';
import { referenceLine } from '../geometry/reference-line.ts';
import { add, normalize, scale, sub, type Vec2, type Vec3 } from '../geometry/vec3.ts';
import type { LevelMark } from '../levels/level-marks.ts';
import { ANCHOR_COLOR, LEVEL_COLORS } from './colors.ts';

export interface ReferenceSource {
  slot: number;
  plane: ImagePlane;
  color: string;
}

interface Props {
  engine: ViewerEngine;
  slot: number;
  /** The plane of the image shown; nothing is drawn without one. */
  plane: ImagePlane | null;
  /** The image shown: arrows are drawn on their own image only. */
  image: { sopInstanceUID: string; frame: number } | null;
  /** Changes when the view moves (zoom, pan, new image), so points are projected again. */
  views: number;
  references: readonly ReferenceSource[];
  /** Drawn on sagittal images only. */
  levels: readonly LevelMark[] | null;
  anchors: readonly AnchorMark[];
  emphasisedAnchor: string | null;
  localizer: Vec3 | null;
  /** While a level or an arrow is being placed, labels and arrows let clicks through to the image. */
  placing: boolean;
  /** Within this distance (mm) of the plane a point counts as on the image. */
  onPlaneMm: number;
  onLevelPointerDown(level: LevelMark, event: ReactPointerEvent<SVGElement>): void;
  onAnchorClick(id: string): void;
}

/** The viewer's own drawing over a viewport: reference lines, level labels, finding arrows, the localizer point. */
export function PaneGraphics(props: Props) {
  const { engine, slot, plane } = props;
  if (!plane) return <svg className="pane-graphics" />;
  const toCanvas = (p: Vec3): Vec2 | null => engine.worldToCanvas(slot, p);
  const project = (p: Vec3): Vec3 => sub(p, scale(plane.normal, signedDistance(plane, p)));

  const lines = props.references.flatMap((source) => {
    const segment = referenceLine(source.plane, plane);
    const a = segment && toCanvas(segment[0]);
    const b = segment && toCanvas(segment[1]);
    return a && b ? [{ slot: source.slot, color: source.color, a, b }] : [];
  });

  // Which way is anterior on this image, for placing level names beside the spine.
  const centre = imageToPatient(plane, [plane.columns / 2, plane.rows / 2]);
  const c0 = toCanvas(centre);
  const c1 = toCanvas(add(centre, [0, -10, 0]));
  const anterior = c0 && c1 ? normalize([c1[0] - c0[0], c1[1] - c0[1], 0]) : null;
  const ax = anterior ? anterior[0] : -1;
  const ay = anterior ? anterior[1] : 0;

  const levelLabels = (props.levels ?? []).flatMap((mark) => {
    const at = toCanvas(project(mark.position.patientPoint));
    return at ? [{ mark, at }] : [];
  });

  const image = props.image;
  const arrows = props.anchors.flatMap((mark) => {
    const onImage = image !== null && mark.anchor.sopInstanceUID === image.sopInstanceUID && (mark.anchor.frame ?? 0) === image.frame;
    const at = onImage ? toCanvas(imageToPatient(plane, mark.anchor.imagePoint)) : null;
    return at ? [{ mark, at }] : [];
  });

  const localizer = props.localizer && Math.abs(signedDistance(plane, props.localizer)) <= props.onPlaneMm ? toCanvas(props.localizer) : null;

  return (
    <svg className={`pane-graphics${props.placing ? ' placing' : ''}`} data-testid="pane-graphics">
      {lines.map((line) => (
        <line
          key={`ref-${line.slot}`}
          className="reference-line"
          data-testid="reference-line"
          data-source-slot={line.slot}
          x1={line.a[0]}
          y1={line.a[1]}
          x2={line.b[0]}
          y2={line.b[1]}
          stroke={line.color}
        />
      ))}
      {levelLabels.map(({ mark, at }) => (
        <g key={mark.level} className={`level-label placed-${mark.placedBy}`} data-testid="level-label" data-level={mark.level} data-placed-by={mark.placedBy} data-x={at[0].toFixed(1)} data-y={at[1].toFixed(1)}>
          <line x1={at[0] - ax * 9} y1={at[1] - ay * 9} x2={at[0] + ax * 9} y2={at[1] + ay * 9} stroke={LEVEL_COLORS[mark.placedBy]} />
          <circle
            className="level-handle"
            cx={at[0]}
            cy={at[1]}
            r={5}
            stroke={LEVEL_COLORS[mark.placedBy]}
            onPointerDown={(event) => props.onLevelPointerDown(mark, event)}
          >
            <title>{`${mark.level}${mark.placedBy === 'proposed' ? ' (proposed: check it, drag to correct)' : ''}`}</title>
          </circle>
          <text x={at[0] + ax * 16} y={at[1] + ay * 16 + 4} textAnchor={ax < 0 ? 'end' : 'start'} fill={LEVEL_COLORS[mark.placedBy]}>
            {mark.level.replace('-', '–')}
            {mark.placedBy === 'proposed' ? '?' : ''}
          </text>
        </g>
      ))}
      {arrows.map(({ mark, at }) => {
        const emphasised = props.emphasisedAnchor === mark.id;
        const tail: Vec2 = [at[0] - 30, at[1] - 30];
        return (
          <g key={mark.id} className={`anchor-arrow${emphasised ? ' emphasised' : ''}`} data-testid="anchor-arrow" data-anchor-id={mark.id} onClick={() => props.onAnchorClick(mark.id)}>
            <line x1={tail[0]} y1={tail[1]} x2={at[0] - 4} y2={at[1] - 4} stroke={ANCHOR_COLOR} />
            <polygon points={`${at[0]},${at[1]} ${at[0] - 10},${at[1] - 3} ${at[0] - 3},${at[1] - 10}`} fill={ANCHOR_COLOR} />
            {emphasised && <circle className="anchor-ring" cx={at[0]} cy={at[1]} r={14} stroke={ANCHOR_COLOR} />}
            <text x={tail[0] - 2} y={tail[1] - 3} textAnchor="end" fill={ANCHOR_COLOR}>
              {mark.label}
            </text>
          </g>
        );
      })}
      {localizer && (
        <g className="localizer" data-testid="localizer">
          <line x1={localizer[0] - 6} y1={localizer[1]} x2={localizer[0] + 6} y2={localizer[1]} />
          <line x1={localizer[0]} y1={localizer[1] - 6} x2={localizer[0]} y2={localizer[1] + 6} />
        </g>
      )}
    </svg>
  );
}
