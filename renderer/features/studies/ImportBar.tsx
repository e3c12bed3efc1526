import { useRef, useState, type FormEvent } from 'react';
import { useShortcuts } from '../../app/shortcuts.ts';

interface Props {
  busy: boolean;
  demoAvailable: boolean;
  highlightDemo: boolean;
  onImport(paths: string[]): void;
  onDemo(): void;
}

/**
 * Where an import starts: a path typed or pasted (folder, DICOMDIR or file; several separated by
 * new lines), or the bundled demo study.
 */
export function ImportBar({ busy, demoAvailable, highlightDemo, onImport, onDemo }: Props) {
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

  useShortcuts([
    { keys: 'Ctrl+O', description: 'Import a folder, DICOMDIR or file', run: () => input.current?.focus(), inInputs: true },
    { keys: 'Ctrl+D', description: 'Open the demo study', run: onDemo, inInputs: true, enabled: demoAvailable && !busy },
  ]);

  return (
    <form className="import-bar" onSubmit={submit} aria-label="Import DICOM">
      <label htmlFor="import-path" className="visually-hidden">
        Folder, DICOMDIR or file to import
      </label>
      <input
        id="import-path"
        ref={input}
        type="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Path to a folder, DICOMDIR or file (Ctrl+O)"
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
