import { useEffect, useRef, useState } from 'react';
import { InlineNameForm } from '../../app/InlineNameForm.tsx';
import { usePreferences } from '../../app/PreferencesContext.tsx';

/**
 * "Reviewing as …": the name verdicts, notes and clinical updates are recorded under (the
 * preferences' userName, else the operating-system user), changed in place for what follows.
 */
export function ReviewerName({ reviewer, onChanged }: { reviewer: string; onChanged: () => Promise<unknown> }) {
  const { save } = usePreferences();
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (!editing && wasEditing.current) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <InlineNameForm
        className="reviewer-name"
        inputId="reviewer-name-input"
        label="Review as"
        placeholder="Dr Sam Spine"
        initial={reviewer}
        emptyMessage="Type the name your review is recorded under."
        onSave={(userName) => save({ userName }).then(onChanged)}
        onClose={() => setEditing(false)}
      />
    );
  }
  return (
    <button
      ref={button}
      type="button"
      className="reviewer-name"
      title="The name your verdicts, notes and clinical updates are recorded under; Enter to change it"
      onClick={() => setEditing(true)}
    >
      <span className="muted">Reviewing as</span> <strong data-testid="reviewer">{reviewer}</strong>
    </button>
  );
}
