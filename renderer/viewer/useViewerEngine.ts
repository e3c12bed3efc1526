import { useEffect, useState } from 'react';
import { VIEWPORT_SLOTS } from '../../shared/ipc/channels/viewer.ts';
import { ViewerEngine, type PaneSnapshot } from './engine/viewer-engine.ts';

export const EMPTY_PANE: PaneSnapshot = { seriesInstanceUID: null, index: -1, count: 0, voi: null, invert: false, error: null, views: 0 };

function same(a: PaneSnapshot, b: PaneSnapshot): boolean {
  return (
    a.seriesInstanceUID === b.seriesInstanceUID && a.index === b.index && a.count === b.count && a.error === b.error && a.views === b.views &&
    a.invert === b.invert && a.voi?.center === b.voi?.center && a.voi?.width === b.voi?.width
  );
}

/**
 * The viewer's Cornerstone engine for as long as the component is mounted (a new one per mount,
 * so React's double mount in development gets distinct ids), and what each pane shows.
 */
export function useViewerEngine(): { engine: ViewerEngine | null; panes: PaneSnapshot[] } {
  const [engine, setEngine] = useState<ViewerEngine | null>(null);
  const [panes, setPanes] = useState<PaneSnapshot[]>(() => Array.from({ length: VIEWPORT_SLOTS }, () => EMPTY_PANE));

  useEffect(() => {
    const created = new ViewerEngine((slot, snapshot) =>
      setPanes((current) => (current[slot] && same(current[slot], snapshot) ? current : current.map((p, i) => (i === slot ? snapshot : p)))),
    );
    setEngine(created);
    return () => {
      created.destroy();
      setEngine(null);
    };
  }, []);

  return { engine, panes };
}
