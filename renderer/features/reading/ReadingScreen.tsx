import './reading.css';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { levelListFor, type CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { messageOf } from '../../app/errors.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { useTransport } from '../../app/TransportContext.tsx';
import { ClinicalPanel } from '../clinical/ClinicalPanel.tsx';
import { CorrelationPanel } from '../correlation/CorrelationPanel.tsx';
import { useCorrelation } from '../correlation/useCorrelation.ts';
import { FindingsPanel } from '../findings/FindingsPanel.tsx';
import { ReportPanel } from '../report/ReportPanel.tsx';
import { ReviewNotice } from '../review/ReviewNotice.tsx';
import { levelOfCursor, levelRows, type Cursor } from '../findings/level-rows.ts';
import { CaseFileImport } from './CaseFileImport.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { downloadText } from './download.ts';
import { RedFlagBanner } from './RedFlagBanner.tsx';
import { useCaseSession } from './useCaseSession.ts';
import { ViewerArea } from './ViewerArea.tsx';

type Tab = 'findings' | 'clinical' | 'correlation' | 'report';
const TABS: readonly { tab: Tab; label: string; key: string }[] = [
  { tab: 'findings', label: 'Levels & findings', key: '1' },
  { tab: 'clinical', label: 'Clinical picture', key: '2' },
  { tab: 'correlation', label: 'Correlation', key: '3' },
  { tab: 'report', label: 'Report', key: '4' },
];

function transitionalLevels(view: CaseView): Set<string> {
  if (view.anatomy === 'standard') return new Set();
  const list = levelListFor(view.anatomy);
  return new Set(view.anatomy === 'sixth-lumbar' ? list.slice(-2) : list.slice(-1));
}

function isFormField(target: EventTarget): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * The reading-room screen for one study: the images large on the left, a dense column on the
 * right with the level list and findings, the clinical picture and the correlation. Everything
 * saves as entered; the engine relabels on every change.
 */
export function ReadingScreen({ study, onOpenReview }: { study: StudySummary; onOpenReview?: () => void }) {
  const transport = useTransport();
  const session = useCaseSession(study.studyInstanceUID);
  const { view } = session;
  const correlation = useCorrelation(view);
  const [tab, setTab] = useState<Tab>('findings');
  const [cursor, setCursor] = useState<Cursor>({ kind: 'level', level: 'T12-L1' });
  const [details, setDetails] = useState<{ findingId: string; override: boolean; from: Tab } | null>(null);
  const [anchoring, setAnchoring] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => (view ? levelRows(view) : []), [view]);

  // On screen and focused before the next key arrives (shortcuts run outside React's events).
  const showTab = (next: Tab) => {
    flushSync(() => {
      setTab(next);
      if (next !== 'correlation') setDetails(null);
    });
    body.current?.querySelector<HTMLElement>(next === 'findings' ? '.level-list' : '.tab-body')?.focus();
  };
  const showDetails = (findingId: string, override: boolean) => {
    flushSync(() => {
      setDetails({ findingId, override, from: tab });
      setTab('correlation');
    });
    if (!override) body.current?.querySelector<HTMLElement>('.tab-body')?.focus();
  };
  const closeDetails = () => {
    const from = details?.from ?? 'correlation';
    setDetails(null);
    showTab(from);
  };
  const exportCase = () => {
    setFileError(null);
    transport
      .call('case.export', { studyInstanceUID: study.studyInstanceUID })
      .then(({ fileName, text }) => downloadText(fileName, text))
      .catch((e: unknown) => setFileError(messageOf(e)));
  };

  useShortcuts([
    ...TABS.map((t) => ({ keys: t.key, description: `Show ${t.label.toLowerCase()}`, run: () => showTab(t.tab), enabled: !importing })),
    { keys: 'Ctrl+Shift+Z', description: 'Redo', run: session.redo, enabled: session.canRedo },
    { keys: 'Ctrl+Y', description: 'Redo', run: session.redo, enabled: session.canRedo },
    { keys: 'Ctrl+Z', description: 'Undo the last change', run: session.undo, enabled: session.canUndo },
  ]);

  const onBodyKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (isFormField(event.target) || (event.target as HTMLElement).closest('.dermatome-map, .deficit-grid')) {
      event.preventDefault();
      (event.target as HTMLElement).blur();
      body.current?.querySelector<HTMLElement>(tab === 'findings' ? '.level-list' : '.tab-body')?.focus();
    } else if (details) {
      event.preventDefault();
      closeDetails();
    }
  };

  if (session.loadError) {
    return (
      <p className="error-text" role="alert">
        {session.loadError}
      </p>
    );
  }
  if (!view) return <p className="empty-state">Opening the case…</p>;

  const selectedFindingId = cursor.kind === 'finding' ? cursor.id : null;
  return (
    <div className="reading-screen" data-testid="reading-screen">
      <ViewerArea
        study={study}
        levels={view.levels}
        anatomy={view.anatomy}
        findings={view.document.findings}
        selectedFindingId={selectedFindingId}
        selectedLevel={levelOfCursor(rows, cursor)}
        anchoring={anchoring}
        onAnchorPlaced={(findingId, anchor) => {
          session.apply({ kind: 'setFindingAnchor', findingId, anchor });
          setAnchoring(null);
        }}
        onAnchorCancelled={() => setAnchoring(null)}
        onLevelsPlaced={(levels) => session.apply({ kind: 'setLevels', levels })}
        onFindingSelected={(findingId) => setCursor({ kind: 'finding', id: findingId })}
      />
      <aside className="reading-column" aria-label="Case">
        <CaseHeader
          study={study}
          view={view}
          save={session.save}
          apply={session.apply}
          onRetry={session.retry}
          onDiscard={session.discard}
          onUndo={session.undo}
          onRedo={session.redo}
          canUndo={session.canUndo}
          canRedo={session.canRedo}
          onExport={exportCase}
          onImport={() => setImporting(true)}
        />
        {fileError && (
          <p className="error-text" role="alert">
            {fileError}
          </p>
        )}
        {correlation && <RedFlagBanner correlation={correlation.correlation} />}
        {/* Review notice (review branch): what a spine physician said about this case. */}
        <ReviewNotice studyInstanceUID={study.studyInstanceUID} onOpenReview={onOpenReview} />
        <nav className="tabs" role="tablist" aria-label="Case panels">
          {TABS.map((t) => (
            <button key={t.tab} type="button" role="tab" aria-selected={tab === t.tab} className={tab === t.tab ? 'active' : ''} onClick={() => showTab(t.tab)} data-testid={`tab-${t.tab}`}>
              {t.label} <kbd>{t.key}</kbd>
            </button>
          ))}
        </nav>
        <div className="tab-container" ref={body} onKeyDown={onBodyKeyDown}>
          {importing && (
            <CaseFileImport
              studyInstanceUID={study.studyInstanceUID}
              onClose={() => setImporting(false)}
              onImported={(imported) => {
                session.replace(imported);
                setImporting(false);
              }}
            />
          )}
          {!importing && tab === 'findings' && (
            <FindingsPanel
              view={view}
              rows={rows}
              cursor={cursor}
              onCursor={setCursor}
              correlation={correlation}
              active={tab === 'findings'}
              apply={session.apply}
              undo={session.undo}
              onShowDetails={showDetails}
              onAnchorRequest={setAnchoring}
              transitionalLevels={transitionalLevels(view)}
            />
          )}
          {!importing && tab === 'clinical' && (
            <div className="tab-body" tabIndex={-1}>
              <ClinicalPanel clinical={view.document.clinical ?? {}} onChange={(changes) => session.apply({ kind: 'updateClinical', changes })} />
            </div>
          )}
          {!importing && tab === 'correlation' && correlation && (
            <div className="tab-body" tabIndex={-1}>
              <CorrelationPanel
                view={view}
                correlation={correlation}
                details={details}
                onShowFinding={(findingId) => setDetails({ findingId, override: false, from: 'correlation' })}
                onCloseDetails={closeDetails}
                apply={session.apply}
              />
            </div>
          )}
          {/* Report panel mount (report branch): the drafted report, regenerated when the case's revision changes. */}
          {!importing && tab === 'report' && <ReportPanel studyInstanceUID={study.studyInstanceUID} caseRevision={view.revision} />}
        </div>
      </aside>
    </div>
  );
}
