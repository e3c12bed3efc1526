import { formatTime } from '../../app/format.ts';
import './review.css';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Label } from '../../../shared/correlation/output.ts';
import type { Level } from '../../../shared/domain/levels.ts';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { DraftInput } from '../reading/DraftInput.tsx';
import { RedFlagBanner } from '../reading/RedFlagBanner.tsx';
import { ViewerArea } from '../reading/ViewerArea.tsx';
import { ClinicalUpdate } from './ClinicalUpdate.tsx';
import { ReviewFindingDetail } from './ReviewFindingDetail.tsx';
import { ReviewFindingList } from './ReviewFindingList.tsx';
import { ReviewHeader } from './ReviewHeader.tsx';
import { ReviewHistory } from './ReviewHistory.tsx';
import { useReview } from './useReview.ts';
import { draftOf, inputOf, type VerdictDraft } from './VerdictForm.tsx';

type Tab = 'findings' | 'clinical' | 'history';
// Letters the viewer leaves free (it takes 1–4, arrows, G N W P Z S M F D I R L T, and V to put the keyboard on the images).
const TABS: readonly { tab: Tab; label: string; key: string }[] = [
  { tab: 'findings', label: 'Findings & verdicts', key: 'U' },
  { tab: 'clinical', label: 'Clinical update', key: 'E' },
  { tab: 'history', label: 'History', key: 'H' },
];

const NO_DRAFT: VerdictDraft = { verdict: null, label: null, comment: '' };

function isFormField(target: EventTarget): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * Review mode for a spine physician: the images on the left with the selected finding brought up
 * at its anchor; on the right the findings ranked by label, each with its reasons, evidence and
 * key image, a verdict per finding, an overall note, and a clinical update for this review alone
 * with what it changes in the correlation. Everything is recorded as entered, with name and time.
 */
export function ReviewScreen({ study, onOpenReading }: { study: StudySummary; onOpenReading(): void }) {
  const session = useReview(study.studyInstanceUID);
  const { view } = session;
  const [tab, setTab] = useState<Tab>('findings');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** What is being written per finding, until it is recorded: moving to another finding and back keeps it. */
  const [drafts, setDrafts] = useState<ReadonlyMap<string, VerdictDraft>>(new Map());
  const column = useRef<HTMLDivElement>(null);
  const labelRef = useRef<HTMLSelectElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  const findings = useMemo(() => view?.findings ?? [], [view]);
  const selected = findings.find((f) => f.finding.id === selectedId) ?? null;
  const updatedLabels = useMemo(
    () => new Map<string, Label>((view?.updated?.diff.findings ?? []).flatMap((c) => (c.labelAfter && c.labelAfter !== c.labelBefore ? [[c.findingId, c.labelAfter]] : []))),
    [view],
  );

  useEffect(() => {
    if (selectedId === null && findings.length > 0) setSelectedId(findings[0]!.finding.id);
  }, [findings, selectedId]);
  const draft = selected ? (drafts.get(selected.finding.id) ?? draftOf(selected)) : NO_DRAFT;
  const setDraft = (next: VerdictDraft) => {
    if (selected) setDrafts((current) => new Map(current).set(selected.finding.id, next));
  };

  const focusIn = (selector: string) => column.current?.querySelector<HTMLElement>(selector)?.focus();
  const showTab = (next: Tab) => {
    flushSync(() => setTab(next));
    focusIn(next === 'findings' ? '.review-findings' : '.tab-body');
  };
  const move = (step: number) => {
    if (findings.length === 0) return;
    const index = findings.findIndex((f) => f.finding.id === selectedId);
    const next = findings[Math.min(findings.length - 1, Math.max(0, index + step))]!;
    // On screen before the next key arrives (shortcuts run outside React's events).
    flushSync(() => setSelectedId(next.finding.id));
    column.current?.querySelector(`[data-finding-id="${next.finding.id}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  /** Records the draft; once stored, the form shows what was recorded. */
  const record = (current: VerdictDraft = draft) => {
    if (!selected) return;
    const id = selected.finding.id;
    const { input } = inputOf(current, selected.label);
    if (!input) return;
    void session.setVerdict(id, input).then((stored) => {
      if (stored) {
        // The Record button disables once the verdict is stored: the keyboard goes back to the findings, not to nowhere.
        flushSync(() =>
          setDrafts((all) => {
            const left = new Map(all);
            left.delete(id);
            return left;
          }),
        );
        const active = document.activeElement;
        if (active === document.body || (active instanceof HTMLButtonElement && active.disabled)) focusIn('.review-findings');
      }
    });
  };
  const onFindings = tab === 'findings' && selected !== null;

  useShortcuts([
    ...TABS.map((t) => ({ keys: t.key, description: `Review: ${t.label.toLowerCase()}`, run: () => showTab(t.tab) })),
    { keys: 'J', description: 'Review: next finding', run: () => move(1), enabled: tab === 'findings' },
    { keys: 'K', description: 'Review: previous finding', run: () => move(-1), enabled: tab === 'findings' },
    { keys: 'A', description: 'Review: agree with the selected finding’s label (with the comment typed)', run: () => record({ ...draft, verdict: 'agree', label: null }), enabled: onFindings },
    {
      keys: 'X',
      description: 'Review: disagree — choose the label you would give',
      run: () => {
        flushSync(() => setDraft({ ...draft, verdict: 'disagree' }));
        labelRef.current?.focus();
      },
      enabled: onFindings,
    },
    {
      keys: 'C',
      description: 'Review: comment on the selected finding',
      run: () => {
        if (!draft.verdict) flushSync(() => setDraft({ ...draft, verdict: 'comment' }));
        commentRef.current?.focus();
      },
      enabled: onFindings,
    },
    { keys: 'O', description: 'Review: the overall note', run: () => focusIn('.review-note textarea'), enabled: tab === 'findings' },
    { keys: 'Ctrl+Enter', description: 'Review: record the verdict', run: () => record(), inInputs: true, enabled: onFindings },
  ]);

  const onColumnKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && (isFormField(event.target) || (event.target as HTMLElement).closest('.dermatome-map, .deficit-grid'))) {
      event.preventDefault();
      (event.target as HTMLElement).blur();
      focusIn(tab === 'findings' ? '.review-findings' : '.tab-body');
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (event.target as HTMLElement).classList.contains('review-findings')) {
      // In the list the arrows move through the findings (elsewhere they scroll the images).
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  if (session.loadError) {
    return (
      <p className="error-text" role="alert">
        {session.loadError}
      </p>
    );
  }
  if (!view) return <p className="empty-state">Opening the review…</p>;

  return (
    <div className="reading-screen review-screen" data-testid="review-screen">
      <ViewerArea
        study={study}
        levels={view.levels}
        anatomy={view.anatomy}
        findings={view.document.findings}
        selectedFindingId={selectedId}
        selectedLevel={(selected?.finding.level as Level | undefined) ?? null}
        anchoring={null}
        onAnchorPlaced={() => undefined}
        onAnchorCancelled={() => undefined}
        onLevelsPlaced={() => undefined}
        onFindingSelected={setSelectedId}
      />
      <aside className="reading-column review-column" aria-label="Review" ref={column} onKeyDown={onColumnKeyDown}>
        <ReviewHeader study={study} view={view} saving={session.saving} error={session.error} onOpenReading={onOpenReading} onReviewerChanged={session.reload} />
        <RedFlagBanner correlation={view.correlation} />
        <nav className="tabs" role="tablist" aria-label="Review panels">
          {TABS.map((t) => (
            <button key={t.tab} type="button" role="tab" aria-selected={tab === t.tab} className={tab === t.tab ? 'active' : ''} onClick={() => showTab(t.tab)} data-testid={`review-tab-${t.tab}`}>
              {t.label}
              {t.tab === 'clinical' && view.updated && updatedLabels.size > 0 && <span className="tab-count">{updatedLabels.size}</span>}
              {t.tab === 'history' && view.history.length > 0 && <span className="tab-count">{view.history.length}</span>}
              <kbd>{t.key}</kbd>
            </button>
          ))}
        </nav>
        <div className="tab-container">
          {tab === 'findings' && (
            <div className="review-findings-tab">
              <ReviewFindingList findings={findings} selectedId={selectedId} updatedLabels={updatedLabels} onSelect={setSelectedId} />
              <div className="review-detail-slot">
                {selected && (
                  <ReviewFindingDetail
                    key={selected.finding.id}
                    studyInstanceUID={study.studyInstanceUID}
                    item={selected}
                    draft={draft}
                    onDraft={setDraft}
                    onRecord={() => record()}
                    labelRef={labelRef}
                    commentRef={commentRef}
                  />
                )}
              </div>
              <div className="review-note">
                <span className="field-label">
                  Overall note <kbd>O</kbd>
                  {view.note && (
                    <span className="muted">
                      {' '}
                      · {view.note.author}, {formatTime(view.note.at)}
                    </span>
                  )}
                </span>
                <DraftInput kind="textarea" label="Overall note" value={view.note?.text ?? ''} onCommit={(text) => void session.setNote(text)} debounceMs={800} testId="review-note" placeholder="Your overall assessment for the radiologist" />
              </div>
            </div>
          )}
          {tab === 'clinical' && (
            <div className="tab-body" tabIndex={-1}>
              <ClinicalUpdate view={view} saving={session.saving} onChange={(changes) => void session.updateClinical(changes)} />
            </div>
          )}
          {tab === 'history' && (
            <div className="tab-body" tabIndex={-1}>
              <ReviewHistory history={view.history} findings={view.document.findings} />
            </div>
          )}
        </div>
      </aside>
    </div>
  );
}
