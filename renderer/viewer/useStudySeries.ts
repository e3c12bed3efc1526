import { useCallback, useEffect, useRef, useState } from 'react';
import type { StudySummary } from '../../shared/ipc/channels/studies.ts';
import { messageOf } from '../app/errors.ts';
import { useTransport } from '../app/TransportContext.tsx';
import { loadSeries, type LoadedSeries } from './engine/loaded-series.ts';

export interface StudySeries {
  /** Series fetched so far, by Series Instance UID. */
  loaded: ReadonlyMap<string, LoadedSeries>;
  /** Series that could not be fetched, with the reason. */
  failed: ReadonlyMap<string, string>;
  /** Fetches one series (once); resolves to null when it cannot be had. */
  ensure(seriesInstanceUID: string): Promise<LoadedSeries | null>;
}

/**
 * The image lists of a study's series, fetched on demand: the viewports' series first, the rest
 * afterwards (so an anchor on any image can be found). Only ids and geometry — no pixels.
 */
export function useStudySeries(study: StudySummary): StudySeries {
  const transport = useTransport();
  const [loaded, setLoaded] = useState<ReadonlyMap<string, LoadedSeries>>(new Map());
  const [failed, setFailed] = useState<ReadonlyMap<string, string>>(new Map());
  const requests = useRef(new Map<string, Promise<LoadedSeries | null>>());

  useEffect(() => {
    requests.current = new Map();
    setLoaded(new Map());
    setFailed(new Map());
  }, [study.id]);

  const ensure = useCallback(
    (uid: string): Promise<LoadedSeries | null> => {
      const pending = requests.current.get(uid);
      if (pending) return pending;
      const summary = study.series.find((s) => s.seriesInstanceUID === uid && s.isImage);
      if (!summary) return Promise.resolve(null);
      const request = transport
        .call('viewer.series', { seriesId: summary.id })
        .then((series) => {
          const result = loadSeries(series, (id) => transport.imageUrl(id));
          setLoaded((current) => new Map(current).set(uid, result));
          return result;
        })
        .catch((error: unknown) => {
          setFailed((current) => new Map(current).set(uid, messageOf(error)));
          return null;
        });
      requests.current.set(uid, request);
      return request;
    },
    [study, transport],
  );

  return { loaded, failed, ensure };
}
