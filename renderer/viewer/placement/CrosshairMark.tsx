import type { Vec2 } from '../geometry/vec3.ts';

/** Arms of the crosshair, CSS px from its centre: the pixel under it stays uncovered. */
const GAP = 3;
const ARM = 12;
const ARMS = [[-1, 0], [1, 0], [0, -1], [0, 1]] as const;

/** The keyboard's crosshair over a viewport: four thin arms around the point Enter places. */
export function CrosshairMark({ at }: { at: Vec2 }) {
  const [x, y] = at;
  return (
    <svg className="keyboard-crosshair" data-testid="keyboard-crosshair" data-x={x.toFixed(1)} data-y={y.toFixed(1)} aria-hidden="true">
      {ARMS.map(([dx, dy]) => (
        <line key={`${dx},${dy}`} x1={x + dx * GAP} y1={y + dy * GAP} x2={x + dx * ARM} y2={y + dy * ARM} />
      ))}
    </svg>
  );
}
