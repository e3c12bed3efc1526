import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportView } from '../../../shared/ipc/channels/report.ts';
import { messageOf } from '../../app/errors.ts';
import { formatTime } from '../../app/format.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { copyText, downloadFile } from './download.ts';
import { HistoryList } from './HistoryList.tsx';
import './report-panel.css';
import { SectionEditor } from './SectionEditor.tsx';
import { SignOff } from './SignOff.tsx';
import { useReport, type SaveState } from './useReport.ts';

export interface ReportPanelProps {
  studyInstanceUID: string;
  /**
   * The case's revision (CaseView.revision) as the reading screen knows it: when it changes, the
   * report regenerates its structured parts around the radiologist's edits.
   */
  caseRevision?: number;
}

const STATUS_TEXT = { drafting: 'Draft', amending: 'Amendment draft', signed: '' } as const;
const SAVE_TEXT: Record<SaveState, string> = { idle: '', pending: 'Editing…', saving: 'Saving…', saved: 'Saved', error: 'Not saved' };

function regenerationNotice(view: ReportView): string | null {
  const outcomes = Object.values(view.outcomes ?? {});
  if (outcomes.length === 0) return null;
  const count = (kind: string) => outcomes.filter((outcome) => outcome === kind).length;
  const parts = [
    count('updated') ? `${count('updated')} updated` : '',
    count('merged') ? `${count('merged')} updated around your edits` : '',
    count('kept-edit') ? `${count('kept-edit')} kept your edits` : '',
    count('conflict') ? `${count('conflict')} need your choice` : '',
  ].filter(Boolean);
  return parts.length ? `The findings changed. Sections: ${parts.join(', ')}.` : null;
}

/**
 * The report beside the images: the drafted sections to edit freely (every change autosaved as a
 * version), regenerated when findings change, signed, then amended or given addenda; copy as
 * text, PDF and DICOM SR. Self-contained: the reading screen mounts it with the study's UID.
 */
export function ReportPanel({ studyInstanceUID, caseRevision }: ReportPanelProps) {
  const transport = useTransport();
  const report = useReport(studyInstanceUID, caseRevision);
  const { view, edits, saveState, error, setError } = report;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  // The buttons are disabled while an action runs, which takes the focus off the one pressed: give it back.
  const pressed = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (busy) return;
    const element = pressed.current;
    pressed.current = null;
    if (element?.isConnected && document.activeElement === document.body) element.focus();
  }, [busy]);

  /** Runs one action with the buttons disabled; false when it failed (its message is shown). */
  const run = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      pressed.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setBusy(true);
      try {
        await work();
        return true;
      } catch (e) {
        setError(messageOf(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [setError],
  );

  if (!view) {
    return (
      <section className="report-panel" aria-label="Report">
        <div className="panel-header">Report</div>
        {error ? <p className="error-text" role="alert">{error}</p> : <p className="empty-state">Drafting the report…</p>}
      </section>
    );
  }

  const readOnly = view.phase === 'signed';
  const statusText = view.phase === 'signed' ? (view.status === 'amended' ? 'Amended' : 'Signed') : STATUS_TEXT[view.phase];
  const regenerated = regenerationNotice(view);

  return (
    <section className="report-panel" aria-label="Report" data-phase={view.phase}>
      <div className="panel-header">
        <span>
          Report <span className={`status-badge ${view.phase === 'signed' ? 'signed' : 'draft'}`}>{statusText}</span>
          <span className="muted version"> v{view.version.number}</span>
        </span>
        <span className="muted save-state" aria-live="polite">{readOnly ? '' : SAVE_TEXT[saveState]}</span>
      </div>
      <div className="report-actions" role="toolbar" aria-label="Report outputs">
        <button
          type="button"
          onClick={() => run(async () => {
            await report.flush();
            const current = await transport.call('report.open', { studyInstanceUID });
            await copyText(current.plainText);
            setNotice('Report copied as text.');
          })}
        >
          Copy as text
        </button>
        <button type="button" disabled={busy} onClick={() => run(() => report.reload())} title="Redraft the structured parts from the findings as they are now, keeping your edits">
          Update from findings
        </button>
        <button type="button" disabled={busy} onClick={() => run(async () => { await report.flush(); downloadFile(await transport.call('report.exportPdf', { studyInstanceUID })); })}>PDF</button>
        <button type="button" disabled={busy} onClick={() => run(async () => { await report.flush(); downloadFile(await transport.call('report.exportSr', { studyInstanceUID })); })}>DICOM SR</button>
      </div>
      {error && <p className="error-text" role="alert">{error}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      {regenerated && !readOnly && <p className="notice" role="status">{regenerated}</p>}
      <div className="report-sections">
        {view.content.sections.map((section) => (
          <SectionEditor
            key={section.id}
            section={section}
            value={edits[section.id] ?? section.text}
            readOnly={readOnly}
            onChange={(text) => report.edit(section.id, text)}
            onBlur={() => void report.flush()}
            onResolve={(keep) => void run(() => report.act((base) => transport.call('report.resolveConflict', { studyInstanceUID, baseNumber: base.version.number, section: section.id, keep })))}
          />
        ))}
        {view.addenda.map((addendum) => (
          <section key={addendum.number} className="report-section addendum" aria-label="Addendum">
            <div className="report-section-head"><span>Addendum · {addendum.signedBy}, {formatTime(addendum.signedAt)}</span></div>
            <p>{addendum.text}</p>
          </section>
        ))}
      </div>
      <SignOff
        view={view}
        busy={busy}
        onSign={(reason) => run(() => report.act((base) => transport.call('report.sign', { studyInstanceUID, baseNumber: base.version.number, ...(reason ? { reason } : {}) })))}
        onAmend={() => run(() => report.act(() => transport.call('report.startAmendment', { studyInstanceUID })))}
        onAddendum={(text) => run(() => report.act(() => transport.call('report.addAddendum', { studyInstanceUID, text })))}
      />
      <HistoryList view={view} />
    </section>
  );
}
