import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportView } from '../../../shared/ipc/channels/report.ts';
import type { SectionId } from '../../../shared/report/document.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { RpcError } from '../../transport/transport.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

const AUTOSAVE_DELAY_MS = 700;
/** After the findings change, how long to wait for the next change before regenerating. */
const REOPEN_DELAY_MS = 500;

/**
 * The report of one study: loaded with report.open (which regenerates when the findings changed),
 * every edit autosaved as a new version a moment after typing stops, and every call made one
 * after another so that a save never races an open or a signature.
 */
export function useReport(studyInstanceUID: string, caseRevision: number | undefined) {
  const transport = useTransport();
  const [view, setView] = useState<ReportView | null>(null);
  const [edits, setEdits] = useState<Partial<Record<SectionId, string>>>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const viewRef = useRef<ReportView | null>(null);
  const editsRef = useRef<Partial<Record<SectionId, string>>>({});
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = useCallback((next: ReportView) => {
    viewRef.current = next;
    setView(next);
  }, []);

  /** Runs calls one after another; a refused call reloads the report so what is shown is what is saved. */
  const enqueue = useCallback(
    (work: () => Promise<ReportView | void>): Promise<void> => {
      const next = queue.current.then(async () => {
        try {
          const result = await work();
          if (result) show(result);
          setError(null);
        } catch (e) {
          setError(messageOf(e));
          if (e instanceof RpcError && e.code === 'conflict') {
            try {
              show(await transport.call('report.open', { studyInstanceUID }));
            } catch (reload) {
              setError(messageOf(reload));
            }
          }
          throw e;
        }
      });
      queue.current = next.catch(() => undefined);
      return next;
    },
    [show, studyInstanceUID, transport],
  );

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const pending = { ...editsRef.current };
    const ids = Object.keys(pending) as SectionId[];
    if (ids.length === 0) return queue.current;
    setSaveState('saving');
    return enqueue(async () => {
      const base = viewRef.current;
      if (!base) return;
      const saved = await transport.call('report.save', { studyInstanceUID, baseNumber: base.version.number, sections: ids.map((id) => ({ id, text: pending[id]! })) });
      // Keep what was typed while the save was on its way.
      const left = { ...editsRef.current };
      for (const id of ids) if (left[id] === pending[id]) delete left[id];
      editsRef.current = left;
      setEdits(left);
      setSaveState(Object.keys(left).length ? 'pending' : 'saved');
      return saved;
    }).catch(() => setSaveState('error'));
  }, [enqueue, studyInstanceUID, transport]);

  const edit = useCallback(
    (id: SectionId, text: string) => {
      editsRef.current = { ...editsRef.current, [id]: text };
      setEdits(editsRef.current);
      setSaveState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // Open on mount, and again a moment after the case's findings stop changing (the reading screen passes its revision).
  const opened = useRef(false);
  useEffect(() => {
    const open = () => void flush().then(() => enqueue(() => transport.call('report.open', { studyInstanceUID })).catch(() => undefined));
    if (!opened.current) {
      opened.current = true;
      open();
      return;
    }
    const timer = setTimeout(open, REOPEN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [studyInstanceUID, caseRevision, flush, enqueue, transport]);

  useEffect(() => () => void flush(), [flush]);

  const act = useCallback(
    (work: (base: ReportView) => Promise<ReportView>) => flush().then(() => enqueue(() => (viewRef.current ? work(viewRef.current) : Promise.resolve()))),
    [enqueue, flush],
  );

  return { view, edits, saveState, error, edit, flush, act, setError, reload: () => flush().then(() => enqueue(() => transport.call('report.open', { studyInstanceUID }))) };
}
