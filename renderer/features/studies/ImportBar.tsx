import { useRef, useState, type FormEvent } from 'react';
import type { PickerSelection } from '../../../shared/ipc/channels/desktop.ts';
import { messageOf } from '../../app/errors.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { useTransport } from '../../app/TransportContext.tsx';

interface Props {
  busy: boolean;
  demoAvailable: boolean;
  highlightDemo: boolean;
  onImport(paths: string[]): void;
  onDemo(): void;
  onError(message: string): void;
}

/**
 * Where an import starts: the native folder/file picker in the desktop app, a path typed or
 * pasted (folder, DICOMDIR or file; several separated by new lines) in either, or the demo study.
 */
export function ImportBar({ busy, demoAvailable, highlightDemo, onImport, onDemo, onError }: Props) {
  const transport = useTransport();
  const desktop = transport.kind === 'electron';
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const paths = text
    .split(/\r?\n|;/)
    .map((p) => p.trim())
    .filter(Boolean);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (paths.length > 0 && !busy) onImport(paths);
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
      run: () => (desktop ? void pick('any') : input.current?.focus()),
      inInputs: true,
      enabled: !busy,
    },
    { keys: 'Ctrl+Shift+O', description: 'Import single files', run: () => void pick('files'), inInputs: true, enabled: desktop && !busy },
    { keys: 'Ctrl+L', description: 'Type a path to import', run: () => input.current?.focus(), inInputs: true },
    { keys: 'Ctrl+D', description: 'Open the demo study', run: onDemo, inInputs: true, enabled: demoAvailable && !busy },
  ]);

  return (
    <form className="import-bar" onSubmit={submit} aria-label="Import DICOM">
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
        Folder, DICOMDIR or file to import
      </label>
      <input
        id="import-path"
        ref={input}
        type="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={desktop ? 'or type a path (Ctrl+L)' : 'Path to a folder, DICOMDIR or file (Ctrl+O)'}
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit" disabled={busy || paths.length === 0}>
        Import
      </button>
      {demoAvailable && (
        <button type="button" className={highlightDemo ? 'primary' : ''} onClick={onDemo} disabled={busy} title="Open the demo study (Ctrl+D)">
          Open demo study
        </button>
      )}
    </form>
  );
}
