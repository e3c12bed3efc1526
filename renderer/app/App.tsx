import { useCallback, useEffect, useState } from 'react';
import type { StudySummary } from '../../shared/ipc/channels/studies.ts';
import { CaseBrowser, type OpenMode } from '../features/case-browser/CaseBrowser.tsx';
import { ExportDialog } from '../features/export/ExportDialog.tsx';
import { ReadingScreen } from '../features/reading/ReadingScreen.tsx';
import { ReviewScreen } from '../features/review/ReviewScreen.tsx';
import { emptyStudyBrowserMemory, StudiesScreen, type StudyBrowserMemory } from '../features/studies/StudiesScreen.tsx';
import { warmUpRendering } from '../viewer/cornerstone/rendering-engine.ts';
import { messageOf } from './errors.ts';
import { HelpOverlay } from './HelpOverlay.tsx';
import { PreferencesProvider } from './PreferencesContext.tsx';
import { SignerName } from './SignerName.tsx';
import { useShortcuts } from './shortcuts.ts';
import { useTransport } from './TransportContext.tsx';

type Screen = { name: 'studies' } | { name: 'cases' } | { name: OpenMode; study: StudySummary };

export function App() {
  return (
    <PreferencesProvider>
      <AppShell />
    </PreferencesProvider>
  );
}

function AppShell() {
  const transport = useTransport();
  const [screen, setScreen] = useState<Screen>({ name: 'studies' });
  const [demoAvailable, setDemoAvailable] = useState(false);
  const [startupError, setStartupError] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const [studyBrowser, setStudyBrowser] = useState<StudyBrowserMemory>(emptyStudyBrowserMemory);
  const rememberStudyBrowser = useCallback((change: Partial<StudyBrowserMemory>) => setStudyBrowser((memory) => ({ ...memory, ...change })), []);

  /** A case from the case browser, in the reading screen or review mode. */
  const openCase = (studyInstanceUID: string, mode: OpenMode) => {
    setOpenError(null);
    transport
      .call('caseBrowser.study', { studyInstanceUID })
      .then((study) => setScreen({ name: mode, study }))
      .catch((e: unknown) => setOpenError(messageOf(e)));
  };

  useEffect(() => {
    transport
      .call('app.info', {})
      .then((info) => setDemoAvailable(info.demoAvailable))
      .catch((e: unknown) => setStartupError(messageOf(e)));
  }, [transport]);

  // The viewer's WebGL set-up costs more than a first image: do it while the reader browses.
  useEffect(() => {
    const idle = requestIdleCallback(() => void warmUpRendering());
    return () => cancelIdleCallback(idle);
  }, []);

  useShortcuts([
    { keys: '?', description: 'Show keyboard shortcuts', run: () => setHelpOpen((open) => !open) },
    { keys: 'F1', description: 'Show keyboard shortcuts', run: () => setHelpOpen((open) => !open), inInputs: true },
    { keys: 'Alt+1', description: 'Go to the study browser', run: () => setScreen({ name: 'studies' }), inInputs: true },
    { keys: 'Alt+2', description: 'Go to the case browser', run: () => setScreen({ name: 'cases' }), inInputs: true },
    { keys: 'Ctrl+Shift+E', description: 'Research export', run: () => setExportOpen(true), inInputs: true, enabled: !exportOpen },
  ]);

  return (
    <div className="app">
      <header className="app-bar">
        <span className="brand">SpineCorrelate</span>
        <nav className="app-nav" aria-label="Screens">
          <button type="button" className={screen.name === 'studies' ? 'active' : ''} onClick={() => setScreen({ name: 'studies' })} title="Alt+1">
            Studies
          </button>
          <button type="button" className={screen.name === 'cases' ? 'active' : ''} onClick={() => setScreen({ name: 'cases' })} title="Alt+2">
            Cases
          </button>
          {(screen.name === 'reading' || screen.name === 'review') && (
            <button type="button" className="active">
              {screen.name === 'reading' ? 'Reading' : 'Review'}: {screen.study.description || 'study'}
            </button>
          )}
        </nav>
        <span className="spacer" />
        <SignerName />
        <button type="button" onClick={() => setExportOpen(true)} title="De-identified research export (Ctrl+Shift+E)">
          Research export…
        </button>
        <button type="button" className="link" onClick={() => setHelpOpen(true)} title="Keyboard shortcuts (?)">
          Shortcuts <kbd>?</kbd>
        </button>
      </header>
      <main className="app-main">
        {(startupError ?? openError) && (
          <p className="error-text" role="alert">
            {startupError ?? openError}
          </p>
        )}
        {screen.name === 'studies' && (
          <StudiesScreen
            demoAvailable={demoAvailable}
            memory={studyBrowser}
            onMemoryChange={rememberStudyBrowser}
            onOpenStudy={(study) => setScreen({ name: 'reading', study })}
          />
        )}
        {screen.name === 'cases' && <CaseBrowser onOpen={openCase} />}
        {screen.name === 'reading' && (
          <ReadingScreen key={screen.study.studyInstanceUID} study={screen.study} onOpenReview={() => setScreen({ name: 'review', study: screen.study })} />
        )}
        {screen.name === 'review' && <ReviewScreen key={screen.study.studyInstanceUID} study={screen.study} onOpenReading={() => setScreen({ name: 'reading', study: screen.study })} />}
      </main>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
      {exportOpen && <ExportDialog onClose={() => setExportOpen(false)} />}
    </div>
  );
}
