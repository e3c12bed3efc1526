import { useCallback, useEffect, useState } from 'react';
import type { StudySummary } from '../../shared/ipc/channels/studies.ts';
import type { ViewerLayout } from '../../shared/ipc/channels/viewer.ts';
import { useTransport } from '../app/TransportContext.tsx';
import { resolveLayout } from './layout/hanging-protocol.ts';

/**
 * The study's layout: the one remembered for it (series that are gone replaced by the hanging
 * protocol's choice), else the hanging protocol's. Every change the reader makes is saved.
 */
export function useLayout(study: StudySummary): { layout: ViewerLayout | null; setLayout(next: ViewerLayout): void } {
  const transport = useTransport();
  const [layout, setLocal] = useState<ViewerLayout | null>(null);

  useEffect(() => {
    let live = true;
    setLocal(null);
    transport
      .call('viewer.layout', { studyInstanceUID: study.studyInstanceUID })
      .catch(() => null)
      .then((saved) => live && setLocal(resolveLayout(saved, study.series)));
    return () => {
      live = false;
    };
  }, [study, transport]);

  const setLayout = useCallback(
    (next: ViewerLayout) => {
      setLocal(next);
      // A layout that fails to save is only a preference lost; the reading goes on.
      transport.call('viewer.saveLayout', { studyInstanceUID: study.studyInstanceUID, layout: next }).catch(() => undefined);
    },
    [study.studyInstanceUID, transport],
  );

  return { layout, setLayout };
}
