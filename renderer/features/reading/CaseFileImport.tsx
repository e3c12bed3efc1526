import { useEffect, useRef, useState } from 'react';
import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import { messageOf } from '../../app/errors.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { RpcError } from '../../transport/transport.ts';

interface Props {
  studyInstanceUID: string;
  onImported(view: CaseView): void;
  onClose(): void;
}

/**
 * Replace the case with a case format v1 file, picked or pasted. A refused file changes nothing
 * and shows every field path with what it accepts.
 */
export function CaseFileImport({ studyInstanceUID, onImported, onClose }: Props) {
  const transport = useTransport();
  const [text, setText] = useState('');
  const [error, setError] = useState<{ message: string; issues: { path: string; message: string }[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  const submit = async (json: string) => {
    setBusy(true);
    setError(null);
    try {
      onImported(await transport.call('case.import', { text: json, studyInstanceUID }));
    } catch (e) {
      setError({ message: messageOf(e), issues: e instanceof RpcError ? (e.issues ?? []) : [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="case-import" aria-label="Import a case file" data-testid="case-import"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="editor-header">
        <strong>Import a case (replaces this study’s case)</strong>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Cancel <kbd>Esc</kbd>
        </button>
      </header>
      <label className="file-line">
        <span>File</span>
        <input type="file" accept=".json,application/json" onChange={(e) => { const file = e.target.files?.[0]; if (file) void file.text().then((t) => { setText(t); void submit(t); }); }} />
      </label>
      <textarea ref={area} aria-label="Case JSON" placeholder='…or paste case JSON here: { "format": "spinecorrelate.case/1", … }' value={text} onChange={(e) => setText(e.target.value)} rows={8} spellCheck={false}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit(text);
          }
        }}
      />
      <div className="section-line">
        <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => void submit(text)}>
          Import <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
      {error && (
        <div className="error-text" role="alert" data-testid="import-error">
          <p>{error.message}</p>
          {error.issues.length > 1 && (
            <ul>
              {error.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
