import { useEffect, useState } from 'react';
import type { RejectedFile, RejectedReasonCount } from '../../../shared/ipc/channels/studies.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';

/** Rows per page: the list may run to thousands, and is fetched a page at a time. */
export const REJECTED_PAGE_ROWS = 100;
const OPEN_UP_TO = 20;

interface Props {
  jobId: string;
  total: number;
  reasons: RejectedReasonCount[];
}

/** The files an import left out: their reasons counted, then the files a page at a time. */
export function RejectedFiles({ jobId, total, reasons }: Props) {
  const transport = useTransport();
  // Until the reader opens or closes it, the list is open when it is short.
  const [chosenOpen, setOpen] = useState<boolean | null>(null);
  const open = chosenOpen ?? total <= OPEN_UP_TO;
  const [page, setPage] = useState(0);
  const [rows, setRows] = useState<RejectedFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const pages = Math.max(1, Math.ceil(total / REJECTED_PAGE_ROWS));
  const shownPage = Math.min(page, pages - 1);

  useEffect(() => {
    if (!open || total === 0) return;
    let current = true;
    transport
      .call('import.rejected', { jobId, offset: shownPage * REJECTED_PAGE_ROWS, limit: REJECTED_PAGE_ROWS })
      .then((answer) => {
        if (!current) return;
        setRows(answer.files);
        setError(null);
      })
      .catch((e: unknown) => current && setError(messageOf(e)));
    return () => {
      current = false;
    };
  }, [transport, jobId, open, shownPage, total]);

  if (total === 0) return null;
  const first = shownPage * REJECTED_PAGE_ROWS;
  return (
    <details className="rejected-files" data-testid="rejected-files" open={open} onToggle={(e) => e.currentTarget.open !== open && setOpen(e.currentTarget.open)}>
      <summary>
        {total.toLocaleString()} file{total === 1 ? '' : 's'} not imported
        <span className="muted" data-testid="rejected-reasons">
          {' '}
          ({reasons.map((r) => `${r.count.toLocaleString()} ${r.reason}`).join(' · ')})
        </span>
      </summary>
      {error && <p className="error-text">{error}</p>}
      {pages > 1 && (
        <div className="rejected-pager" data-testid="rejected-pager">
          <button type="button" onClick={() => setPage(shownPage - 1)} disabled={shownPage === 0}>
            Previous
          </button>
          <span>
            {(first + 1).toLocaleString()}–{Math.min(total, first + REJECTED_PAGE_ROWS).toLocaleString()} of {total.toLocaleString()}
          </span>
          <button type="button" onClick={() => setPage(shownPage + 1)} disabled={shownPage >= pages - 1}>
            Next
          </button>
        </div>
      )}
      <div className="rejected-table">
        <table className="dense-table">
          <thead>
            <tr>
              <th>File</th>
              <th>Reason</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((file, i) => (
              <tr key={`${first + i}`}>
                <td className="path-cell" title={file.path}>
                  {file.path}
                </td>
                <td>{file.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
