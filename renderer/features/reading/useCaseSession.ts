import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { IpcError } from '../../../shared/ipc/result.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { RpcError, type Transport } from '../../transport/transport.ts';
import { applyLocally, callFor, flatten, inverseOf, type CaseOp, type SingleOp } from './case-ops.ts';

export type SaveState =
  | { state: 'saving' }
  | { state: 'saved'; revision: number }
  | { state: 'error'; message: string; issues: NonNullable<IpcError['issues']> };

interface HistoryEntry {
  op: CaseOp;
  inverse: CaseOp;
}

interface Internal {
  confirmed: CaseView | null;
  pending: SingleOp[];
  inFlight: boolean;
  error: { message: string; issues: NonNullable<IpcError['issues']> } | null;
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export interface CaseSession {
  /** The case as on screen: what the disk has, plus edits on their way there. */
  view: CaseView | null;
  loadError: string | null;
  save: SaveState;
  apply(op: CaseOp): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Sends the edits that failed again. */
  retry(): void;
  /** Drops the edits that could not be saved and shows what the disk has. */
  discard(): void;
  /** A case the main side answered with outside the queue (an import). */
  replace(view: CaseView): void;
}

function send(transport: Transport, op: SingleOp, studyInstanceUID: string): Promise<CaseView> {
  const { channel, request } = callFor(op, studyInstanceUID);
  return transport.call(channel, request as never) as Promise<CaseView>;
}

/**
 * One reading session's case. Every edit shows at once and is saved in order, one call at a
 * time; a call that answers ok is on disk. A failed save stops the queue and keeps the edits on
 * screen (the user's input is never thrown away) until Retry or Discard.
 */
export function useCaseSession(studyInstanceUID: string): CaseSession {
  const transport = useTransport();
  const state = useRef<Internal>({ confirmed: null, pending: [], inFlight: false, error: null, undo: [], redo: [] });
  const [version, setVersion] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const rerender = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    state.current = { confirmed: null, pending: [], inFlight: false, error: null, undo: [], redo: [] };
    transport
      .call('case.open', { studyInstanceUID })
      .then((view) => {
        if (!live) return;
        state.current.confirmed = view;
        rerender();
      })
      .catch((error: unknown) => live && setLoadError(messageOf(error)));
    return () => {
      live = false;
    };
  }, [transport, studyInstanceUID, rerender]);

  const pump = useCallback(() => {
    const s = state.current;
    const op = s.pending[0];
    if (s.inFlight || s.error || !op || !s.confirmed) return;
    s.inFlight = true;
    send(transport, op, studyInstanceUID)
      .then((view) => {
        s.confirmed = view;
        s.pending.shift();
      })
      .catch((error: unknown) => {
        s.error = { message: messageOf(error), issues: error instanceof RpcError ? (error.issues ?? []) : [] };
      })
      .finally(() => {
        s.inFlight = false;
        rerender();
        pump();
      });
  }, [transport, studyInstanceUID, rerender]);

  const displayed = useMemo(() => {
    const s = state.current;
    if (!s.confirmed) return null;
    return s.pending.reduce<CaseView>((view, op) => applyLocally(view, op, '') ?? view, s.confirmed);
  }, [version]);

  const enqueue = useCallback(
    (op: CaseOp) => {
      state.current.pending.push(...flatten(op));
      rerender();
      pump();
    },
    [pump, rerender],
  );

  const apply = useCallback(
    (op: CaseOp) => {
      const s = state.current;
      if (!s.confirmed) return;
      const before = s.pending.reduce<CaseView>((view, pendingOp) => applyLocally(view, pendingOp, '') ?? view, s.confirmed);
      const inverse = inverseOf(before, op);
      if (inverse) {
        s.undo.push({ op, inverse });
        s.redo = [];
      }
      enqueue(op);
    },
    [enqueue],
  );

  const undo = useCallback(() => {
    const entry = state.current.undo.pop();
    if (!entry) return;
    state.current.redo.push(entry);
    enqueue(entry.inverse);
  }, [enqueue]);

  const redo = useCallback(() => {
    const entry = state.current.redo.pop();
    if (!entry) return;
    state.current.undo.push(entry);
    enqueue(entry.op);
  }, [enqueue]);

  const retry = useCallback(() => {
    state.current.error = null;
    rerender();
    pump();
  }, [pump, rerender]);

  const discard = useCallback(() => {
    const s = state.current;
    s.pending = s.inFlight ? s.pending.slice(0, 1) : [];
    s.error = null;
    s.undo = [];
    s.redo = [];
    rerender();
  }, [rerender]);

  const replace = useCallback(
    (view: CaseView) => {
      const s = state.current;
      s.confirmed = view;
      s.pending = [];
      s.error = null;
      s.undo = [];
      s.redo = [];
      rerender();
    },
    [rerender],
  );

  const s = state.current;
  const save: SaveState = s.error
    ? { state: 'error', message: s.error.message, issues: s.error.issues }
    : s.pending.length > 0
      ? { state: 'saving' }
      : { state: 'saved', revision: s.confirmed?.revision ?? 0 };

  return {
    view: displayed,
    loadError,
    save,
    apply,
    undo,
    redo,
    canUndo: s.undo.length > 0,
    canRedo: s.redo.length > 0,
    retry,
    discard,
    replace,
  };
}
