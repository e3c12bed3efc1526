import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClinicalChanges } from '../../../shared/ipc/channels/cases.ts';
import type { ReviewView } from '../../../shared/ipc/channels/review.ts';
import type { VerdictInput } from '../../../shared/review/verdict.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { RpcError } from '../../transport/transport.ts';

export interface ReviewSession {
  view: ReviewView | null;
  loadError: string | null;
  /** The last change that was refused or failed, in words; cleared by the next one that succeeds. */
  error: string | null;
  saving: boolean;
  /** Each resolves true once the change is stored, false when it was refused (the error says why). */
  setVerdict(findingId: string, input: VerdictInput): Promise<boolean>;
  setNote(text: string): Promise<boolean>;
  updateClinical(changes: ClinicalChanges): Promise<boolean>;
  /** Reads the review again, as after the reviewer's name changed. */
  reload(): Promise<boolean>;
}

/**
 * The review of one study. Every change is sent at once, one call after another, against the basis
 * the screen shows; a change refused because the report was signed or amended meanwhile reloads
 * the review so what is on screen is what is stored.
 */
export function useReview(studyInstanceUID: string): ReviewSession {
  const transport = useTransport();
  const [view, setView] = useState<ReviewView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const viewRef = useRef<ReviewView | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const show = useCallback((next: ReviewView) => {
    viewRef.current = next;
    setView(next);
  }, []);

  useEffect(() => {
    let live = true;
    transport
      .call('review.open', { studyInstanceUID })
      .then((opened) => live && show(opened))
      .catch((e: unknown) => live && setLoadError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [transport, studyInstanceUID, show]);

  const enqueue = useCallback(
    (work: (basisVersion: number | null) => Promise<ReviewView>): Promise<boolean> => {
      setPending((n) => n + 1);
      const done = queue.current.then(async () => {
        const current = viewRef.current;
        if (!current) return false;
        try {
          show(await work(current.basis.reportVersion));
          setError(null);
          return true;
        } catch (e) {
          setError(messageOf(e));
          if (e instanceof RpcError && e.code === 'conflict') {
            await transport.call('review.open', { studyInstanceUID }).then(show, (reload: unknown) => setError(messageOf(reload)));
          }
          return false;
        } finally {
          setPending((n) => n - 1);
        }
      });
      queue.current = done.then(() => undefined);
      return done;
    },
    [show, studyInstanceUID, transport],
  );

  return {
    view,
    loadError,
    error,
    saving: pending > 0,
    setVerdict: (findingId, input) => enqueue((basisVersion) => transport.call('review.setVerdict', { studyInstanceUID, basisVersion, findingId, ...input })),
    setNote: (text) => enqueue((basisVersion) => transport.call('review.setNote', { studyInstanceUID, basisVersion, text })),
    reload: () => enqueue(() => transport.call('review.open', { studyInstanceUID })),
    updateClinical: (changes) => enqueue((basisVersion) => transport.call('review.updateClinical', { studyInstanceUID, basisVersion, changes })),
  };
}
