import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ReportView } from '../../../shared/ipc/channels/report.ts';
import { formatTime } from '../../app/format.ts';
import { usePreferences } from '../../app/PreferencesContext.tsx';
import { SIGNER_NAME_KEYS } from '../../app/SignerName.tsx';

interface Props {
  view: ReportView;
  busy: boolean;
  /** Each resolves true once done, false when refused (the panel shows why). */
  onSign(reason: string | undefined): Promise<boolean>;
  onAmend(): Promise<boolean>;
  onAddendum(text: string): Promise<boolean>;
}

type FocusTarget = 'signed' | 'sign-button' | 'confirm' | 'reason' | 'addendum' | null;

/** Signing (after a confirmation), and after signing: amend or add an addendum. Every step by keyboard, the focus kept on it. */
export function SignOff({ view, busy, onSign, onAmend, onAddendum }: Props) {
  const { preferences, askForName } = usePreferences();
  const [reason, setReason] = useState('');
  const [addendum, setAddendum] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState(false);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const signedLine = useRef<HTMLParagraphElement>(null);
  const signButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const addendumInput = useRef<HTMLTextAreaElement>(null);
  const signer = preferences?.radiologistName ?? null;
  const conflicts = view.content.sections.some((section) => section.conflict);

  useEffect(() => {
    if (!focusTarget) return;
    const element = { signed: signedLine, 'sign-button': signButton, confirm: confirmButton, reason: reasonInput, addendum: addendumInput }[focusTarget].current;
    if (!element) return;
    element.focus();
    setFocusTarget(null);
  }, [focusTarget, view, confirming]);

  useEffect(() => {
    if (signer) setRefusal(false);
  }, [signer]);

  const askToSign = () => {
    if (!signer) {
      setRefusal(true);
      return;
    }
    setConfirming(true);
    setFocusTarget('confirm');
  };
  const cancel = () => {
    setConfirming(false);
    setFocusTarget('sign-button');
  };
  const sign = () => {
    setConfirming(false);
    void onSign(view.phase === 'amending' ? reason.trim() : undefined).then((signed) => setFocusTarget(signed ? 'signed' : 'sign-button'));
  };
  const onDialogKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };

  if (view.phase === 'signed') {
    return (
      <div className="report-signoff">
        <p className="signed-line" ref={signedLine} tabIndex={-1}>
          {view.status === 'amended' ? 'Amended and signed' : 'Signed'} by <strong>{view.signed?.signedBy}</strong> on {formatTime(view.signed?.signedAt ?? null)}
          {view.signed?.reason && <span className="muted"> · Reason: {view.signed.reason}</span>}
        </p>
        {view.findingsChangedSinceSigning && <p className="notice">The findings changed after signing. Start an amendment to bring them into the report.</p>}
        <div className="row">
          <button type="button" disabled={busy} onClick={() => void onAmend().then((started) => started && setFocusTarget('reason'))}>Start amendment</button>
        </div>
        <form className="addendum" onSubmit={(event) => { event.preventDefault(); if (addendum.trim()) void onAddendum(addendum.trim()).then((signed) => {
              if (!signed) return;
              setAddendum('');
              setFocusTarget('addendum');
            }); }}>
          <label htmlFor="report-addendum">Addendum (signed now, with its own time)</label>
          <textarea id="report-addendum" ref={addendumInput} rows={2} value={addendum} onChange={(event) => setAddendum(event.target.value)} />
          <button type="submit" disabled={busy || !addendum.trim()}>Sign addendum</button>
        </form>
      </div>
    );
  }

  const amending = view.phase === 'amending';
  return (
    <div className="report-signoff">
      {signer && <p className="muted">Signing as <strong>{signer}</strong>{preferences?.organization ? `, ${preferences.organization}` : ''}</p>}
      {amending && (
        <div className="row">
          <label htmlFor="report-amend-reason">Reason for the amendment</label>
          <input id="report-amend-reason" ref={reasonInput} type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
      )}
      {conflicts && <p className="notice">Settle the sections the findings changed before signing.</p>}
      {refusal && !signer && (
        <div className="notice refusal" role="alert">
          <p>Not signed: no name is set. Reports are signed with your name — set it under “Set your name for signing” in the top bar ({SIGNER_NAME_KEYS}).</p>
          <button type="button" onClick={() => askForName(() => signButton.current?.focus())}>Set your name</button>
        </div>
      )}
      {!confirming ? (
        <button ref={signButton} type="button" className="primary" disabled={busy || conflicts || (amending && !reason.trim())} onClick={askToSign}>
          {amending ? 'Sign amended report…' : 'Sign report…'}
        </button>
      ) : (
        <div className="confirm" role="alertdialog" aria-label="Confirm signing" aria-describedby="report-sign-confirm-text" onKeyDown={onDialogKey}>
          <p id="report-sign-confirm-text">Sign as {signer}? The text, its findings and the correlation are frozen; later changes are amendments or addenda.</p>
          <div className="row">
            <button ref={confirmButton} type="button" className="primary" disabled={busy} onClick={sign}>Sign</button>
            <button type="button" onClick={cancel}>Cancel <kbd>Esc</kbd></button>
          </div>
        </div>
      )}
    </div>
  );
}
