import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, ExportRequest } from '../../../shared/ipc/channels/export.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';

const POLL_INTERVAL_MS = 150;
const FINAL = new Set<ExportProgress['state']>(['done', 'cancelled', 'failed']);

export interface ExportJob {
  progress: ExportProgress | null;
  error: string | null;
  running: boolean;
  start(request: ExportRequest): void;
  cancel(): void;
  reset(): void;
}

/** Starts an export and polls its progress until it ends (the pattern of the import). */
export function useExportJob(): ExportJob {
  const transport = useTransport();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobId = useRef<string | null>(null);

  const poll = useCallback(
    async (id: string) => {
      while (jobId.current === id) {
        try {
          const next = await transport.call('export.progress', { jobId: id });
          setProgress(next);
          if (FINAL.has(next.state)) {
            jobId.current = null;
            return;
          }
        } catch (e) {
          setError(messageOf(e));
          jobId.current = null;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
      }
    },
    [transport],
  );

  useEffect(() => () => void (jobId.current = null), []);

  return {
    progress,
    error,
    running: progress !== null && !FINAL.has(progress.state),
    start(request) {
      if (jobId.current) return;
      setError(null);
      setProgress(null);
      transport
        .call('export.start', request)
        .then(({ jobId: id }) => {
          jobId.current = id;
          void poll(id);
        })
        .catch((e: unknown) => setError(messageOf(e)));
    },
    cancel() {
      if (progress) void transport.call('export.cancel', { jobId: progress.jobId }).catch((e: unknown) => setError(messageOf(e)));
    },
    reset() {
      jobId.current = null;
      setProgress(null);
      setError(null);
    },
  };
}
