import { countOf, formatTime } from '../../app/format.ts';
import { useState } from 'react';
import type { ReportView } from '../../../shared/ipc/channels/report.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';

const KIND_TEXT = { draft: 'Draft', final: 'Signed', 'amendment-draft': 'Amendment draft', amended: 'Amended (signed)', addendum: 'Addendum' } as const;

/** Every saved version, newest first; any one opens as text. The signed ones are never altered. */
export function HistoryList({ view }: { view: ReportView }) {
  const transport = useTransport();
  const [shown, setShown] = useState<{ number: number; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = (number: number) => {
    transport
      .call('report.version', { studyInstanceUID: view.studyInstanceUID, number })
      .then((version) => setShown({ number, text: version.plainText }))
      .catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <details className="report-history">
      <summary>History ({countOf(view.history.length, 'version')})</summary>
      {error && <p className="error-text">{error}</p>}
      <ol reversed>
        {[...view.history].reverse().map((version) => (
          <li key={version.number}>
            <button type="button" className="link" onClick={() => open(version.number)}>
              v{version.number} · {KIND_TEXT[version.kind]} · {version.signedAt ? `${version.signedBy}, ${formatTime(version.signedAt)}` : formatTime(version.createdAt)}
            </button>
          </li>
        ))}
      </ol>
      {shown && (
        <div className="report-version-text">
          <div className="row"><strong>Version {shown.number}</strong><button type="button" className="link" onClick={() => setShown(null)}>Close</button></div>
          <pre>{shown.text}</pre>
        </div>
      )}
    </details>
  );
}
