import './case-browser.css';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { LABEL_TEXT, LABELS } from '../../../shared/correlation/output.ts';
import { type CaseFilter, EMPTY_CASE_FILTER } from '../../../shared/domain/case-filter.ts';
import type { CaseBrowserRow } from '../../../shared/ipc/channels/case-browser.ts';
import { countOf } from '../../app/format.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { LabelChip } from '../correlation/LabelChip.tsx';
import { CaseFilterFields } from '../export/CaseFilterFields.tsx';
import { findingSummary, labelCounts, labelsOf, searchRows, type Sort, type SortKey, sortRows, STATUS_TEXT } from './case-table.ts';
import { useCaseList } from './useCaseList.ts';

export type OpenMode = 'reading' | 'review';

interface BrowserState {
  filter: CaseFilter;
  query: string;
  sort: Sort;
  selected: string | null;
}

/** Kept while the app runs: back from a case, the browser is as it was left. */
let remembered: BrowserState = { filter: EMPTY_CASE_FILTER, query: '', sort: { key: 'date', descending: true }, selected: null };

const COLUMNS: readonly { key: SortKey; label: string; className?: string }[] = [
  { key: 'patient', label: 'Patient' },
  { key: 'date', label: 'Study date' },
  { key: 'age', label: 'Age', className: 'num' },
  { key: 'sex', label: 'Sex' },
  { key: 'status', label: 'Status' },
  { key: 'labels', label: 'Labels' },
  { key: 'findings', label: 'Findings' },
];

function isTypingIn(target: EventTarget): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Enter on a focused button still presses it (a sort header, Read, Review); anywhere else it opens the case. */
function pressOr(event: globalThis.KeyboardEvent, otherwise: () => void): void {
  if (event.target instanceof HTMLButtonElement) event.target.click();
  else otherwise();
}

function LabelCounts({ row }: { row: CaseBrowserRow }) {
  const counts = labelsOf(row);
  return (
    <span className="label-counts">
      {[...LABELS].reverse().map((label) =>
        counts[label] > 0 ? (
          <span key={label} className="label-count" title={`${counts[label]} ${LABEL_TEXT[label]}`}>
            <LabelChip label={label} /> {counts[label]}
          </span>
        ) : null,
      )}
    </span>
  );
}

/**
 * Every case, dense and keyboard-first: the research export's filters on the left, a search over
 * patient, IDs, description and findings, sortable columns, counts per label; Enter opens the
 * selected case in the reading screen, Shift+Enter in review mode.
 */
export function CaseBrowser({ onOpen }: { onOpen(studyInstanceUID: string, mode: OpenMode): void }) {
  const [state, setState] = useState<BrowserState>(remembered);
  useEffect(() => {
    remembered = state;
  }, [state]);
  const update = (changes: Partial<BrowserState>) => setState((current) => ({ ...current, ...changes }));
  const { rows, loading, error } = useCaseList(state.filter);
  const shown = useMemo(() => sortRows(searchRows(rows ?? [], state.query), state.sort), [rows, state.query, state.sort]);
  const counts = useMemo(() => labelCounts(shown), [shown]);
  const root = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLDivElement>(null);

  const selectedIndex = shown.findIndex((row) => row.studyInstanceUID === state.selected);
  const selected = selectedIndex >= 0 ? shown[selectedIndex]! : null;
  // The selection follows the filters: the first case shown when the selected one is filtered out.
  useEffect(() => {
    if (selected === null && shown.length > 0) update({ selected: shown[0]!.studyInstanceUID });
  }, [selected, shown]);

  const select = (index: number) => {
    const row = shown[Math.max(0, Math.min(shown.length - 1, index))];
    if (!row) return;
    // On screen before the next key arrives (shortcuts run outside React's events).
    flushSync(() => update({ selected: row.studyInstanceUID }));
    table.current?.querySelector(`[data-study-uid="${CSS.escape(row.studyInstanceUID)}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  const open = (mode: OpenMode) => selected && onOpen(selected.studyInstanceUID, mode);
  const sortBy = (key: SortKey) => update({ sort: { key, descending: state.sort.key === key ? !state.sort.descending : key === 'date' || key === 'labels' } });
  const focusTable = () => table.current?.focus();

  useShortcuts([
    { keys: '/', description: 'Cases: search', run: () => root.current?.querySelector<HTMLInputElement>('.browser-search input')?.focus() },
    { keys: 'F', description: 'Cases: the filters', run: () => root.current?.querySelector<HTMLElement>('.browser-filters select, .browser-filters input')?.focus() },
    { keys: 'ArrowDown', description: 'Cases: next case', run: () => select(selectedIndex + 1) },
    { keys: 'ArrowUp', description: 'Cases: previous case', run: () => select(selectedIndex - 1) },
    { keys: 'J', description: 'Cases: next case', run: () => select(selectedIndex + 1) },
    { keys: 'K', description: 'Cases: previous case', run: () => select(selectedIndex - 1) },
    { keys: 'Home', description: 'Cases: first case', run: () => select(0) },
    { keys: 'End', description: 'Cases: last case', run: () => select(shown.length - 1) },
    { keys: 'Shift+Enter', description: 'Cases: open the selected case in review mode', run: (event) => pressOr(event, () => open('review')), enabled: selected !== null },
    { keys: 'Enter', description: 'Cases: open the selected case in the reading screen', run: (event) => pressOr(event, () => open('reading')), enabled: selected !== null },
  ]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !isTypingIn(event.target)) return;
    const inSearch = (event.target as HTMLElement).closest('.browser-search') !== null;
    if (event.key === 'Escape') {
      event.preventDefault();
      (event.target as HTMLElement).blur();
      focusTable();
    } else if (inSearch && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      select(selectedIndex + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (inSearch && event.key === 'Enter') {
      event.preventDefault();
      open(event.shiftKey ? 'review' : 'reading');
    }
  };

  const filtered = JSON.stringify(state.filter) !== JSON.stringify(EMPTY_CASE_FILTER);
  return (
    <div className="case-browser" data-testid="case-browser" ref={root} onKeyDown={onKeyDown}>
      <aside className="browser-filters" aria-label="Case filters">
        <div className="browser-filters-title">
          <strong>Filters</strong> <kbd>F</kbd>
          <span className="spacer" />
          <button type="button" className="link" disabled={!filtered} onClick={() => update({ filter: EMPTY_CASE_FILTER })}>
            Clear
          </button>
        </div>
        <CaseFilterFields filter={state.filter} onChange={(filter) => update({ filter })} idPrefix="browser-filter" />
      </aside>
      <section className="browser-main" aria-label="Cases">
        <div className="browser-toolbar">
          <label className="browser-search">
            <span className="visually-hidden">Search cases</span>
            <input type="search" placeholder="Search patient, ID, finding: extrusion L4-L5, Modic 1…" value={state.query} onChange={(e) => update({ query: e.target.value })} spellCheck={false} autoComplete="off" />
            <kbd>/</kbd>
          </label>
          <span className="browser-count" data-testid="browser-count" aria-live="polite">
            {rows === null ? 'Loading…' : `${countOf(shown.length, 'case')}${shown.length !== rows.length ? ` of ${rows.length}` : ''}`}
            {loading && rows !== null ? ' …' : ''}
          </span>
          <span className="browser-label-counts" data-testid="browser-label-counts">
            {[...LABELS].reverse().map((label) => (
              <span key={label} className="label-total" data-label={label} title={`${counts[label].findings} ${LABEL_TEXT[label]} findings in ${counts[label].cases} cases`}>
                <LabelChip label={label} /> <strong>{counts[label].findings}</strong>
                <span className="muted"> in {countOf(counts[label].cases, 'case')}</span>
              </span>
            ))}
          </span>
        </div>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="case-table-wrap" ref={table} tabIndex={0} aria-label="Case list: arrows move, Enter opens, Shift+Enter reviews">
          <table className="dense-table case-table" data-testid="case-table" aria-rowcount={shown.length}>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column.key} className={column.className} aria-sort={state.sort.key === column.key ? (state.sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="sort-button" onClick={() => sortBy(column.key)} data-testid={`sort-${column.key}`}>
                      {column.label}
                      <span className="sort-mark">{state.sort.key === column.key ? (state.sort.descending ? '▼' : '▲') : ''}</span>
                    </button>
                  </th>
                ))}
                <th aria-label="Open" />
              </tr>
            </thead>
            <tbody>
              {shown.map((row, index) => (
                <tr
                  key={row.studyInstanceUID}
                  className={index === selectedIndex ? 'selected' : ''}
                  aria-selected={index === selectedIndex}
                  data-testid="case-row"
                  data-study-uid={row.studyInstanceUID}
                  onClick={() => update({ selected: row.studyInstanceUID })}
                  onDoubleClick={() => onOpen(row.studyInstanceUID, 'reading')}
                >
                  <td className="patient-cell">
                    <span className="patient-name">{row.patientName || '(no name)'}</span> <span className="muted">{row.patientId}</span>
                    <div className="muted small-line">{row.studyDescription || '(no description)'}</div>
                  </td>
                  <td className="nowrap">{row.studyDate ?? <span className="muted">—</span>}</td>
                  <td className="num">{row.age ?? <span className="muted">—</span>}</td>
                  <td>{row.sex ?? <span className="muted">—</span>}</td>
                  <td className="nowrap status-cell">
                    <span className={`case-status ${row.status}`}>{STATUS_TEXT[row.status]}</span>
                    {row.reviewed && (
                      <span className={`reviewed-badge${row.disagreements > 0 ? ' disagreed' : ''}`} title={`Reviewed: ${countOf(row.disagreements, 'disagreement')}`}>
                        Reviewed{row.disagreements > 0 ? ` · ${row.disagreements} ✗` : ''}
                      </span>
                    )}
                  </td>
                  <td className="nowrap">
                    <span className="red-flag-slot">
                      {row.redFlag && (
                        <span className="red-flag-mark" title="Red flag: a clinical red flag or an urgent finding">
                          ⚑
                        </span>
                      )}
                    </span>
                    <LabelCounts row={row} />
                  </td>
                  <td className="findings-cell" title={row.findings.map((f) => `${f.level} ${f.description}${f.label ? ` — ${LABEL_TEXT[f.label]}` : ''}`).join('\n')}>
                    <span className="muted">{row.findings.length}</span> {findingSummary(row)}
                  </td>
                  <td className="nowrap open-cell">
                    <button type="button" onClick={() => onOpen(row.studyInstanceUID, 'reading')} title="Open in the reading screen (Enter)">
                      Read
                    </button>
                    <button type="button" onClick={() => onOpen(row.studyInstanceUID, 'review')} title="Open in review mode (Shift+Enter)">
                      Review
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows !== null && shown.length === 0 && <p className="empty-state">{rows.length === 0 ? 'No case matches these filters.' : 'No case matches the search.'}</p>}
        </div>
        <p className="browser-hint muted">
          <kbd>↑</kbd>
          <kbd>↓</kbd> select · <kbd>Enter</kbd> reading screen · <kbd>Shift+Enter</kbd> review mode · <kbd>/</kbd> search · <kbd>F</kbd> filters · <kbd>Esc</kbd> back to the list
        </p>
      </section>
    </div>
  );
}
