import { useState } from 'react';
import type { Preferences } from '../../../shared/ipc/channels/preferences.ts';
import type { ReportView } from '../../../shared/ipc/channels/report.ts';

interface Props {
  view: ReportView;
  preferences: Preferences | null;
  busy: boolean;
  onSaveName(name: string): void;
  onSign(reason: string | undefined): void;
  onAmend(): void;
  onAddendum(text: string): void;
}

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '';
}

/** The radiologist's name (set once), signing, and after signing: amend or add an addendum. */
export function SignOff({ view, preferences, busy, onSaveName, onSign, onAmend, onAddendum }: Props) {
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [addendum, setAddendum] = useState('');
  const [confirming, setConfirming] = useState(false);
  const signer = preferences?.radiologistName ?? null;
  const conflicts = view.content.sections.some((section) => section.conflict);

  if (!signer) {
    return (
      <form className="report-signoff" onSubmit={(event) => { event.preventDefault(); if (name.trim()) onSaveName(name.trim()); }}>
        <label htmlFor="report-signer-name">Your name, as reports are signed (set once, kept in preferences)</label>
        <div className="row">
          <input id="report-signer-name" type="text" value={name} onChange={(event) => setName(event.target.value)} placeholder="Dr Jane Smith" />
          <button type="submit" disabled={!name.trim()}>Save name</button>
        </div>
      </form>
    );
  }

  if (view.phase === 'signed') {
    return (
      <div className="report-signoff">
        <p className="signed-line">
          {view.status === 'amended' ? 'Amended and signed' : 'Signed'} by <strong>{view.signed?.signedBy}</strong> on {when(view.signed?.signedAt ?? null)}
          {view.signed?.reason && <span className="muted"> · Reason: {view.signed.reason}</span>}
        </p>
        {view.findingsChangedSinceSigning && <p className="notice">The findings changed after signing. Start an amendment to bring them into the report.</p>}
        <div className="row">
          <button type="button" disabled={busy} onClick={onAmend}>Start amendment</button>
        </div>
        <form className="addendum" onSubmit={(event) => { event.preventDefault(); if (addendum.trim()) { onAddendum(addendum.trim()); setAddendum(''); } }}>
          <label htmlFor="report-addendum">Addendum (signed now, with its own time)</label>
          <textarea id="report-addendum" rows={2} value={addendum} onChange={(event) => setAddendum(event.target.value)} />
          <button type="submit" disabled={busy || !addendum.trim()}>Sign addendum</button>
        </form>
      </div>
    );
  }

  const amending = view.phase === 'amending';
  return (
    <div className="report-signoff">
      <p className="muted">Signing as <strong>{signer}</strong>{preferences?.organization ? `, ${preferences.organization}` : ''}</p>
      {amending && (
        <div className="row">
          <label htmlFor="report-amend-reason">Reason for the amendment</label>
          <input id="report-amend-reason" type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
      )}
      {conflicts && <p className="notice">Settle the sections the findings changed before signing.</p>}
      {!confirming ? (
        <button type="button" className="primary" disabled={busy || conflicts || (amending && !reason.trim())} onClick={() => setConfirming(true)}>
          {amending ? 'Sign amended report…' : 'Sign report…'}
        </button>
      ) : (
        <div className="confirm" role="alertdialog" aria-label="Confirm signing">
          <p>Sign as {signer}? The text, its findings and the correlation are frozen; later changes are amendments or addenda.</p>
          <div className="row">
            <button type="button" className="primary" disabled={busy} onClick={() => { setConfirming(false); onSign(amending ? reason.trim() : undefined); }}>Sign</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </div>
        </div>
      )}
    </div>
  );
}
