import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/ipc/channels/studies.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';

const POLL_INTERVAL_MS = 150;

export interface ImportJob {
  progress: ImportProgress | null;
  error: string | null;
  running: boolean;
  startPaths(paths: string[]): void;
  startDemo(): void;
  cancel(): void;
}

/** Starts an import, polls its progress until it ends, and calls `onFinished` once it has. */
export function useImportJob(onFinished: () => void): ImportJob {
  const transport = useTransport();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobId = useRef<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const poll = useCallback(
    async (id: string) => {
      while (jobId.current === id) {
        let next: ImportProgress;
        try {
          next = await transport.call('import.progress', { jobId: id });
        } catch (e) {
          setError(messageOf(e));
          jobId.current = null;
          return;
        }
        setProgress(next);
        if (next.state === 'done' || next.state === 'cancelled' || next.state === 'failed') {
          jobId.current = null;
          finished.current();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
      }
    },
    [transport],
  );

  const begin = useCallback(
    async (start: () => Promise<{ jobId: string }>) => {
      if (jobId.current) return;
      setError(null);
      setProgress(null);
      try {
        const { jobId: id } = await start();
        jobId.current = id;
        void poll(id);
      } catch (e) {
        setError(messageOf(e));
      }
    },
    [poll],
  );

  useEffect(() => () => void (jobId.current = null), []);

  const running = progress !== null && (progress.state === 'scanning' || progress.state === 'importing');
  return {
    progress,
    error,
    running,
    startPaths: (paths) => void begin(() => transport.call('import.start', { paths })),
    startDemo: () => void begin(() => transport.call('import.demo', {})),
    cancel: () => {
      if (progress) void transport.call('import.cancel', { jobId: progress.jobId }).catch((e: unknown) => setError(messageOf(e)));
    },
  };
}
