import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** e.g. 'Ctrl+O', 'Escape', 'ArrowDown', '?' — matched against the event. */
  keys: string;
  description: string;
  run(event: KeyboardEvent): void;
  /** Also fire while focus is in a text field (default: no). */
  inInputs?: boolean;
  /** When false the key passes on to other shortcuts (default: true). */
  enabled?: boolean;
}

const registry = new Set<{ current: Shortcut[] }>();
/** Mounted dialogs, newest last: while one is open only its own shortcuts run. */
const dialogs: { current: Shortcut[] }[] = [];
const listeners = new Set<() => void>();

/** All shortcuts currently active, for the help overlay. */
export function activeShortcuts(): Shortcut[] {
  return [...registry].flatMap((entry) => entry.current.filter((s) => s.enabled !== false));
}

export function onShortcutsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function matchesKeys(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  const wantCtrl = parts.includes('Ctrl');
  const wantShift = parts.includes('Shift');
  const wantAlt = parts.includes('Alt');
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl !== wantCtrl || event.altKey !== wantAlt) return false;
  // Shift is implied by printable symbols like '?', so only check it when the shortcut names it.
  if (wantShift && !event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

export interface ShortcutOptions {
  /**
   * Try these before every other component's shortcuts (they listen in the capture phase).
   * For keys that mean something else elsewhere on the screen and belong to one part of it
   * while that part has the focus — the viewer's arrows while the keyboard is on the images —
   * with `enabled` saying when. Otherwise shortcuts are tried in the order they were mounted.
   */
  first?: boolean;
  /**
   * A dialog's keys: while it is mounted, every other component's shortcuts are off, so its
   * Escape closes it rather than also cancelling something underneath.
   */
  dialog?: boolean;
}

/**
 * Registers keyboard shortcuts while the component is mounted. The latest `shortcuts` array is
 * used on every key press, so handlers may close over fresh state.
 */
export function useShortcuts(shortcuts: Shortcut[], options: ShortcutOptions = {}): void {
  const capture = options.first === true;
  const dialog = options.dialog === true;
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    registry.add(current);
    if (dialog) dialogs.push(current);
    listeners.forEach((listener) => listener());
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (dialogs.length > 0 && dialogs[dialogs.length - 1] !== current) return;
      for (const shortcut of current.current) {
        if (shortcut.enabled === false || !matchesKeys(event, shortcut.keys)) continue;
        if (isTyping(event.target) && !shortcut.inInputs) continue;
        event.preventDefault();
        shortcut.run(event);
        return;
      }
    };
    window.addEventListener('keydown', onKey, capture);
    return () => {
      window.removeEventListener('keydown', onKey, capture);
      registry.delete(current);
      if (dialog) dialogs.splice(dialogs.indexOf(current), 1);
      listeners.forEach((listener) => listener());
    };
  }, [capture, dialog]);
}
