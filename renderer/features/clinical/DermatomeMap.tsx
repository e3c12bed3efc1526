import { useState, type KeyboardEvent } from 'react';
import { ROOTS, ROOT_SIGNS, type Root } from '../../../shared/domain/anatomy.ts';
import { DERMATOME_REGIONS, LEG_OUTLINE, labelPoint, polygonPath, type View } from './dermatome-regions.ts';

export type LegSide = 'left' | 'right';

interface Props {
  /** The roots the leg pain follows, per leg. */
  selected: Readonly<Record<LegSide, ReadonlySet<Root>>>;
  onToggle(side: LegSide, root: Root): void;
}

/**
 * Where each leg sits: the front view shows the patient's right leg on the viewer's left; the back
 * view shows the patient's left leg on the viewer's left. `mirror` puts the medial side on the left.
 */
const LEGS: readonly { view: View; side: LegSide; x: number; mirror: boolean }[] = [
  { view: 'front', side: 'right', x: 16, mirror: false },
  { view: 'front', side: 'left', x: 150, mirror: true },
  { view: 'back', side: 'left', x: 178, mirror: false },
  { view: 'back', side: 'right', x: 312, mirror: true },
];

/** The keyboard walks the legs in the order the front view shows them. */
const KEY_SIDES: readonly LegSide[] = ['right', 'left'];

function transform(leg: (typeof LEGS)[number]): string {
  return leg.mirror ? `translate(${leg.x} 18) scale(-1 1)` : `translate(${leg.x} 18)`;
}

/**
 * Both legs, front and back, with the L1–S2 dermatomes to click. From the keyboard: Tab in, ←/→
 * (or L and R) choose the leg, ↑/↓ the root, Space or Enter toggles.
 */
export function DermatomeMap({ selected, onToggle }: Props) {
  const [focus, setFocus] = useState<{ side: LegSide; root: Root }>({ side: 'right', root: 'L1' });
  const [focused, setFocused] = useState(false);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rootIndex = ROOTS.indexOf(focus.root);
    let handled = true;
    if (event.key === 'ArrowDown') setFocus({ ...focus, root: ROOTS[Math.min(ROOTS.length - 1, rootIndex + 1)]! });
    else if (event.key === 'ArrowUp') setFocus({ ...focus, root: ROOTS[Math.max(0, rootIndex - 1)]! });
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const sideIndex = KEY_SIDES.indexOf(focus.side) + (event.key === 'ArrowRight' ? 1 : -1);
      setFocus({ ...focus, side: KEY_SIDES[Math.min(1, Math.max(0, sideIndex))]! });
    } else if (event.key.toLowerCase() === 'l' && !event.ctrlKey) setFocus({ ...focus, side: 'left' });
    else if (event.key.toLowerCase() === 'r' && !event.ctrlKey) setFocus({ ...focus, side: 'right' });
    else if (event.key === ' ' || event.key === 'Enter') onToggle(focus.side, focus.root);
    else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const focusedSelected = selected[focus.side].has(focus.root);
  return (
    <div
      className={`dermatome-map${focused ? ' focused' : ''}`}
      tabIndex={0}
      role="group"
      aria-label="Leg pain dermatomes, both legs: arrow keys choose, Space toggles"
      aria-describedby="dermatome-focus"
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      data-testid="dermatome-map"
    >
      <svg viewBox="0 0 330 262" role="img" aria-hidden="true">
        <text x="83" y="11" className="view-caption">Front</text>
        <text x="245" y="11" className="view-caption">Back</text>
        {LEGS.map((leg) => {
          const regions = DERMATOME_REGIONS[leg.view];
          return (
            <g key={`${leg.view}-${leg.side}`} transform={transform(leg)}>
              <path d={polygonPath(LEG_OUTLINE[leg.view])} className="leg-outline" />
              {(Object.entries(regions) as [Root, readonly (readonly [number, number][])[]][]).map(([root, polygons]) => {
                const isSelected = selected[leg.side].has(root);
                const isFocused = focused && focus.side === leg.side && focus.root === root;
                const [lx, ly] = labelPoint(polygons);
                return (
                  <g
                    key={root}
                    className={`dermatome${isSelected ? ' selected' : ''}${isFocused ? ' keyboard-focus' : ''}`}
                    data-testid={`dermatome-${leg.view}-${leg.side}-${root}`}
                    data-selected={isSelected}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => {
                      setFocus({ side: leg.side, root });
                      onToggle(leg.side, root);
                    }}
                  >
                    <title>{`${leg.side === 'left' ? 'Left' : 'Right'} ${root}: ${ROOT_SIGNS[root].sensory}`}</title>
                    {polygons.map((points, i) => (
                      <path key={i} d={polygonPath(points)} />
                    ))}
                    <text x={lx} y={ly + 3} transform={leg.mirror ? `translate(${2 * lx} 0) scale(-1 1)` : undefined}>
                      {root}
                    </text>
                  </g>
                );
              })}
              <text x="30" y="244" className="leg-caption" transform={leg.mirror ? 'translate(60 0) scale(-1 1)' : undefined}>
                {leg.side === 'left' ? 'L' : 'R'}
              </text>
            </g>
          );
        })}
      </svg>
      <p id="dermatome-focus" className="muted map-status" aria-live="polite">
        {focused
          ? `${focus.side === 'left' ? 'Left' : 'Right'} ${focus.root} (${ROOT_SIGNS[focus.root].sensory}): ${focusedSelected ? 'selected' : 'not selected'}`
          : 'Schematic dermatomes; boundaries vary between people.'}
      </p>
    </div>
  );
}
