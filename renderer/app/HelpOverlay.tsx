import { useEffect, useState } from 'react';
import { activeShortcuts, onShortcutsChanged, useShortcuts } from './shortcuts.ts';

/** Every keyboard shortcut active on the current screen. Esc or ? closes it. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const [, setVersion] = useState(0);
  useEffect(() => onShortcutsChanged(() => setVersion((v) => v + 1)), []);
  useShortcuts(
    [
      { keys: 'Escape', description: 'Close this list', run: onClose, inInputs: true },
      { keys: '?', description: 'Close this list', run: onClose },
      { keys: 'F1', description: 'Close this list', run: onClose, inInputs: true },
    ],
    { dialog: true },
  );
  const seen = new Set<string>();
  const shortcuts = activeShortcuts().filter((s) => {
    const key = `${s.keys}|${s.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <div className="help-overlay" role="dialog" aria-label="Keyboard shortcuts" data-testid="help-overlay">
      <h2>Keyboard shortcuts</h2>
      <table className="dense-table">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={`${s.keys}|${s.description}`}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close <kbd>Esc</kbd>
      </button>
    </div>
  );
}
