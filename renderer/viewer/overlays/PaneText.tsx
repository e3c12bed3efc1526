import type { ViewerSeries } from '../../../shared/ipc/channels/viewer.ts';
import type { PaneSnapshot } from '../engine/viewer-engine.ts';
import { dot, scale, type Vec3 } from '../geometry/vec3.ts';
import type { ImagePlane } from '../geometry/image-plane.ts';
import { directionLetters, formatPatientPoint } from './orientation.ts';

interface Props {
  series: ViewerSeries | null;
  snapshot: PaneSnapshot;
  plane: ImagePlane | null;
  /** For axial images: the disc level the slice cuts, in words. */
  levelText: string | null;
  cursor: Vec3 | null;
}

/**
 * The text at a viewport's edges — series, slice n/N and position, level, window, cursor — and
 * the orientation letters at the middle of each side. Small and at the corners: the middle of
 * the image, where the anatomy is, stays clear.
 */
export function PaneText({ series, snapshot, plane, levelText, cursor }: Props) {
  if (!series) return null;
  const position = plane ? dot(plane.origin, plane.normal) : null;
  return (
    <div className="pane-text" aria-hidden="true">
      <div className="corner top-left">
        <div>
          {series.number !== null ? `${series.number} · ` : ''}
          {series.description || '(no description)'}
        </div>
        <div className="dim">
          {series.plane} {series.weighting}
        </div>
      </div>
      <div className="corner top-right">
        <div data-testid="slice-text">
          {snapshot.index >= 0 ? `${snapshot.index + 1} / ${snapshot.count}` : `– / ${snapshot.count}`}
        </div>
        {position !== null && <div className="dim">Pos {position.toFixed(1)} mm</div>}
        {levelText && <div data-testid="axial-level">{levelText}</div>}
      </div>
      <div className="corner bottom-left">
        {snapshot.voi && (
          <div data-testid="voi-text">
            W {Math.round(snapshot.voi.width)} L {Math.round(snapshot.voi.center)}
            {snapshot.invert ? ' · inverted' : ''}
          </div>
        )}
      </div>
      <div className="corner bottom-right">{cursor && <div data-testid="cursor-text">{formatPatientPoint(cursor)}</div>}</div>
      {plane && (
        <>
          <span className="edge left">{directionLetters(scale(plane.rowDirection, -1))}</span>
          <span className="edge right">{directionLetters(plane.rowDirection)}</span>
          <span className="edge top">{directionLetters(scale(plane.columnDirection, -1))}</span>
          <span className="edge bottom">{directionLetters(plane.columnDirection)}</span>
        </>
      )}
    </div>
  );
}
