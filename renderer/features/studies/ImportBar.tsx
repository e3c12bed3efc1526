import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PickerSelection } from '../../../shared/ipc/channels/desktop.ts';
import { messageOf } from '../../app/errors.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { FULL_PATH_EXAMPLE, parseImportText, pathStyleOf, splitImportText } from './import-paths.ts';

interface Props {
  busy: boolean;
  demoAvailable: boolean;
  highlightDemo: boolean;
  /** What is typed in the field: kept by the caller, so that it outlives this screen. */
  text: string;
  onTextChange(text: string): void;
  onImport(paths: string[]): void;
  onDemo(): void;
  onError(message: string | null): void;
}

const MAX_ROWS = 6;

/**
 * Where an import starts: the native folder/file picker in the desktop app, full paths typed or
 * pasted (folders, DICOMDIRs or files, one per line) in either, or the demo study. What is typed
 * stays until the reader changes it, whatever the import does.
 */
export function ImportBar({ busy, demoAvailable, highlightDemo, text, onTextChange, onImport, onDemo, onError }: Props) {
  const transport = useTransport();
  const desktop = transport.kind === 'electron';
  const [refusal, setRefusal] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const style = pathStyleOf(navigator.userAgent);
  const lines = splitImportText(text);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    const parsed = parseImportText(text, style);
    setRefusal(parsed.ok ? null : parsed.message);
    if (parsed.ok) onImport(parsed.paths);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  }

  async function pick(select: PickerSelection) {
    try {
      const chosen = await transport.call('desktop.chooseImportPaths', { select });
      if (chosen.paths.length > 0) onImport(chosen.paths);
    } catch (error) {
      onError(messageOf(error));
    }
  }

  useShortcuts([
    {
      keys: 'Ctrl+O',
      description: desktop ? 'Import a folder or DICOMDIR' : 'Import a folder, DICOMDIR or file',
      run: () => (desktop ? void pick('any') : field.current?.focus()),
      inInputs: true,
      enabled: !busy,
    },
    { keys: 'Ctrl+Shift+O', description: 'Import single files', run: () => void pick('files'), inInputs: true, enabled: desktop && !busy },
    { keys: 'Ctrl+L', description: 'Type a path to import', run: () => field.current?.focus(), inInputs: true },
    { keys: 'Ctrl+D', description: 'Open the demo study', run: onDemo, inInputs: true, enabled: demoAvailable && !busy },
  ]);

  return (
    <form className="import-bar" onSubmit={submit} aria-label="Import DICOM">
      <div className="import-bar-row">
        {desktop && (
          <>
            <button type="button" onClick={() => void pick('any')} disabled={busy} title="Choose a folder or a CD's DICOMDIR (Ctrl+O)">
              Open folder…
            </button>
            <button type="button" onClick={() => void pick('files')} disabled={busy} title="Choose single files (Ctrl+Shift+O)">
              Files…
            </button>
          </>
        )}
        <label htmlFor="import-path" className="visually-hidden">
          Folders, DICOMDIRs or files to import, one full path per line
        </label>
        <textarea
          id="import-path"
          ref={field}
          value={text}
          rows={Math.min(MAX_ROWS, Math.max(1, text.split('\n').length))}
          onChange={(e) => {
            onTextChange(e.target.value);
            setRefusal(null);
          }}
          onKeyDown={onKeyDown}
          placeholder={desktop ? 'or type a full path (Ctrl+L)' : 'Path to a folder, DICOMDIR or file (Ctrl+O)'}
          aria-describedby="import-path-hint"
          aria-invalid={refusal !== null}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" disabled={busy || lines.length === 0}>
          Import
        </button>
        {demoAvailable && (
          <button type="button" className={highlightDemo ? 'primary' : ''} onClick={onDemo} disabled={busy} title="Open the demo study (Ctrl+D)">
            Open demo study
          </button>
        )}
      </div>
      <p id="import-path-hint" className="import-hint muted">
        Full paths such as {FULL_PATH_EXAMPLE[style]}, one per line (Shift+Enter starts a new line; Enter imports).
      </p>
      {refusal && (
        <p className="error-text" role="alert" data-testid="import-refusal">
          {refusal}
        </p>
      )}
    </form>
  );
}
