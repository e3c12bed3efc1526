import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/ipc/channels/studies.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { RpcError } from '../../transport/transport.ts';
import { refusedPath } from './import-paths.ts';

const POLL_INTERVAL_MS = 150;

/**
 * The import still running when the study browser was left, so that coming back shows its
 * progress again. The job itself runs in the main process whether or not anyone polls it.
 */
let importLeftRunning: string | null = null;

export interface ImportJob {
  progress: ImportProgress | null;
  error: string | null;
  running: boolean;
  startPaths(paths: string[]): void;
  startDemo(): void;
  cancel(): void;
}

/** What a refused `import.start` means for the paths the user gave, in plain words. */
function startRefusal(error: unknown, paths: readonly string[]): string {
  const path = error instanceof RpcError ? refusedPath(paths, error.issues) : null;
  if (path !== null && error instanceof RpcError && error.code === 'not-found') return `Nothing was found at ${path}: check the folder name.`;
  return messageOf(error);
}

/** Starts an import, polls its progress until it ends, and calls `onFinished` with the final progress. */
export function useImportJob(onFinished: (final: ImportProgress) => void): ImportJob {
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
          importLeftRunning = null;
          return;
        }
        if (jobId.current !== id) return; // a newer import took over while this answer was on its way
        setProgress(next);
        if (next.state === 'done' || next.state === 'cancelled' || next.state === 'failed') {
          jobId.current = null;
          importLeftRunning = null;
          finished.current(next);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
      }
    },
    [transport],
  );

  const starting = useRef(false);
  const mounted = useRef(true);
  const begin = useCallback(
    async (start: () => Promise<{ jobId: string }>, refusal: (error: unknown) => string) => {
      if (jobId.current || starting.current) return;
      starting.current = true;
      setError(null);
      setProgress(null);
      try {
        const { jobId: id } = await start();
        importLeftRunning = id;
        if (!mounted.current) return; // left before the import answered: the next visit polls it
        jobId.current = id;
        void poll(id);
      } catch (e) {
        setError(refusal(e));
      } finally {
        starting.current = false;
      }
    },
    [poll],
  );

  useEffect(() => {
    mounted.current = true;
    if (importLeftRunning !== null) {
      jobId.current = importLeftRunning;
      void poll(importLeftRunning);
    }
    return () => {
      mounted.current = false;
      jobId.current = null;
    };
  }, [poll]);

  const running = progress !== null && (progress.state === 'scanning' || progress.state === 'importing');
  return {
    progress,
    error,
    running,
    startPaths: (paths) => void begin(() => transport.call('import.start', { paths }), (e) => startRefusal(e, paths)),
    startDemo: () => void begin(() => transport.call('import.demo', {}), messageOf),
    cancel: () => {
      const id = jobId.current ?? progress?.jobId;
      if (id) void transport.call('import.cancel', { jobId: id }).catch((e: unknown) => setError(messageOf(e)));
    },
  };
}
