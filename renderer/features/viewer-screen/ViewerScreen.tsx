import { useRef, useState } from 'react';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import type { Anatomy, AnchorMark, LevelMark, ViewerHandle } from '../../viewer/api.ts';
import { Viewer } from '../../viewer/Viewer.tsx';

/**
 * A minimal reading screen around the viewer until the case engineer's ReadingScreen (levels
 * list, findings, clinical picture, persistence) mounts it in its `viewer-area`. Levels,
 * anatomy and arrows live in memory here: it shows the viewer's API end to end, nothing more.
 */
export function ViewerScreen({ study }: { study: StudySummary }) {
  const viewer = useRef<ViewerHandle>(null);
  const [levels, setLevels] = useState<LevelMark[]>([]);
  const [anatomy, setAnatomy] = useState<Anatomy>('standard');
  const [anchors, setAnchors] = useState<AnchorMark[]>([]);
  const [selected, setSelected] = useState<string | null>(null);

  const addArrow = () => {
    const id = `arrow-${anchors.length + 1}`;
    viewer.current?.placeAnchor({ id, label: `Arrow ${anchors.length + 1}` });
  };
  useShortcuts([{ keys: 'A', description: 'Place an arrow on an image', run: addArrow }]);

  return (
    <div className="viewer-screen">
      <Viewer
        ref={viewer}
        study={study}
        levels={levels}
        anatomy={anatomy}
        anchors={anchors}
        onLevelsChange={setLevels}
        onAnatomyChange={setAnatomy}
        onAnchorPlaced={(id, anchor) => setAnchors((current) => [...current.filter((a) => a.id !== id), { id, label: `Arrow ${id.split('-')[1]}`, anchor }])}
        onAnchorSelected={setSelected}
      />
      <aside className="viewer-side" aria-label="Levels and arrows">
        <h3>Levels</h3>
        {levels.length === 0 ? (
          <p className="dim">None yet: press L and click the L5–S1 disc.</p>
        ) : (
          <ul className="side-list" data-testid="level-list">
            {levels.map((m) => (
              <li key={m.level} data-level={m.level} data-placed-by={m.placedBy}>
                {m.level.replace('-', '–')} <span className="dim">{m.placedBy}</span>
              </li>
            ))}
          </ul>
        )}
        <h3>Arrows</h3>
        <button type="button" onClick={addArrow} title="Place an arrow (A)">
          Place arrow <kbd>A</kbd>
        </button>
        <ul className="side-list" data-testid="anchor-list">
          {anchors.map((a) => (
            <li key={a.id}>
              <button type="button" className={selected === a.id ? 'on' : ''} onClick={() => void viewer.current?.showAnchor(a.anchor)} data-anchor-id={a.id}>
                {a.label}
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
