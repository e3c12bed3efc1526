import { useEffect, useState } from 'react';
import type { CaseFilter } from '../../../shared/domain/case-filter.ts';
import type { CaseBrowserRow } from '../../../shared/ipc/channels/case-browser.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';

/** A pause after the last filter change before asking again (typing an age, ticking several boxes). */
const SETTLE_MS = 150;

/** The cases the filters select; the rows shown so far stay while a new answer is on its way. */
export function useCaseList(filter: CaseFilter): { rows: CaseBrowserRow[] | null; loading: boolean; error: string | null } {
  const transport = useTransport();
  const [rows, setRows] = useState<CaseBrowserRow[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      transport
        .call('caseBrowser.list', { filter })
        .then((value) => {
          if (!current) return;
          setRows(value.rows);
          setError(null);
        })
        .catch((e: unknown) => current && setError(messageOf(e)))
        .finally(() => current && setLoading(false));
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [transport, filter]);
  return { rows, loading, error };
}
