import { useEffect, useRef, useState } from 'react';
import { InlineNameForm } from './InlineNameForm.tsx';
import { usePreferences } from './PreferencesContext.tsx';
import { useShortcuts } from './shortcuts.ts';

export const SIGNER_NAME_KEYS = 'Alt+N';

/** The app bar's "Signing as …": the name reports are signed with, shown and edited in place. */
export function SignerName() {
  const { preferences, save, nameRequest, askForName } = usePreferences();
  const [editing, setEditing] = useState(false);
  /** Where the focus goes once the field closes: set on close, used after the button is back. */
  const [refocus, setRefocus] = useState<(() => void) | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<(() => void) | undefined>(undefined);
  const name = preferences?.radiologistName ?? null;

  function open(then?: () => void) {
    // Back to where the keyboard was (Alt+N from a field), else the app bar's button.
    const before = document.activeElement;
    const backToBefore = before instanceof HTMLElement && before !== document.body && before !== button.current ? () => (before.isConnected ? before.focus() : button.current?.focus()) : undefined;
    returnFocus.current = then ?? backToBefore;
    setEditing(true);
  }
  const close = () => {
    setEditing(false);
    const then = returnFocus.current;
    setRefocus(() => then ?? (() => button.current?.focus()));
  };

  useEffect(() => {
    if (nameRequest) open(nameRequest.returnFocus);
    // Only a new request opens the field; `name` changing must not.
  }, [nameRequest]);

  useEffect(() => {
    if (editing || !refocus) return;
    refocus();
    setRefocus(null);
  }, [editing, refocus]);

  useShortcuts([{ keys: SIGNER_NAME_KEYS, description: 'Set the name reports are signed with', run: () => askForName(), inInputs: true }]);

  if (preferences === null) return null;

  if (editing) {
    return (
      <InlineNameForm
        className="signer-name"
        inputId="signer-name-input"
        label="Sign reports as"
        placeholder="Dr Jane Smith"
        initial={name ?? ''}
        emptyMessage="Type the name reports are signed with."
        onSave={(radiologistName) => save({ radiologistName })}
        onClose={close}
      />
    );
  }

  return (
    <button
      ref={button}
      type="button"
      className={`signer-name ${name ? '' : 'unset'}`}
      onClick={() => open()}
      title={`The name reports are signed with (${SIGNER_NAME_KEYS})`}
    >
      {name ? <>Signing as <strong>{name}</strong></> : 'Set your name for signing…'}
    </button>
  );
}
