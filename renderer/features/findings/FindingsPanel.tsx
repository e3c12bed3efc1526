import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { findingTypeMeta } from '../../../shared/domain/finding-types.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import { adjacentDiscLevel, DISC_LEVELS, VERTEBRAL_LEVELS, type DiscLevel, type Level } from '../../../shared/domain/levels.ts';
import { levelExistsIn, listLevelOf, nextFindingId, type CaseView } from '../../../shared/ipc/channels/case-view.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import type { CaseCorrelation } from '../correlation/useCorrelation.ts';
import type { CaseOp } from '../reading/case-ops.ts';
import { FindingEditor } from './FindingEditor.tsx';
import { FindingTypePicker } from './FindingTypePicker.tsx';
import { levelOfCursor, moveCursor, type Cursor, type Row } from './level-rows.ts';
import { LevelList } from './LevelList.tsx';
import { LevelPicker } from './LevelPicker.tsx';
import { findingFromEntry } from './quick-entry.ts';

interface Props {
  view: CaseView;
  rows: Row[];
  cursor: Cursor;
  onCursor(cursor: Cursor): void;
  correlation: CaseCorrelation | null;
  /** The keys work only while this panel is the one shown. */
  active: boolean;
  apply(op: CaseOp): void;
  undo(): void;
  onShowDetails(findingId: string, override: boolean): void;
  onAnchorRequest(findingId: string): void;
  transitionalLevels: ReadonlySet<string>;
}

type Mode = 'list' | 'adding' | 'copying';

function copyTargets(finding: Finding, view: CaseView): Level[] {
  const kind = findingTypeMeta(finding.type).levelKind;
  const discs = kind === 'vertebral' ? [] : DISC_LEVELS.filter((l) => l !== 'T11-T12');
  const vertebrae = kind === 'disc' ? [] : VERTEBRAL_LEVELS.filter((l) => l !== 'T11');
  return [...discs, ...vertebrae].filter((l) => l !== finding.level && levelExistsIn(view.anatomy, l));
}

/** Levels and findings, keyboard first: the list, the type-ahead to add, the copy picker and the selected finding's form. */
export function FindingsPanel({ view, rows, cursor, onCursor, correlation, active, apply, undo, onShowDetails, onAnchorRequest, transitionalLevels }: Props) {
  const [mode, setMode] = useState<Mode>('list');
  /** The finding whose form takes the focus once it is shown (opened from the keyboard). */
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const listArea = useRef<HTMLDivElement>(null);
  const findings = view.document.findings;
  const selected = cursor.kind === 'finding' ? findings.find((f) => f.id === cursor.id) ?? null : null;
  const level = levelOfCursor(rows, cursor);
  const levelState = view.levels.find((l) => l.level === level);

  const backToList = () => {
    setMode('list');
    listArea.current?.querySelector<HTMLElement>('.level-list')?.focus();
  };
  const openEditor = (finding: Finding) =>
    flushSync(() => {
      onCursor({ kind: 'finding', id: finding.id });
      setFocusRequest(finding.id);
    });
  const remove = () => {
    if (!selected) return;
    const next = moveCursor(rows, cursor, -1, 'row');
    apply({ kind: 'removeFinding', findingId: selected.id });
    onCursor(next);
  };
  const reorder = (step: 1 | -1) => {
    if (!selected) return;
    const rowLevel = listLevelOf(selected.level, view.anatomy);
    const sameLevel = findings.filter((f) => listLevelOf(f.level, view.anatomy) === rowLevel);
    const neighbour = sameLevel[sameLevel.indexOf(selected) + step];
    if (!neighbour) return;
    const ids = findings.map((f) => f.id);
    const a = ids.indexOf(selected.id);
    const b = ids.indexOf(neighbour.id);
    [ids[a], ids[b]] = [ids[b]!, ids[a]!];
    apply({ kind: 'reorderFindings', findingIds: ids });
  };
  const toggleNormal = () => {
    if (!level || !levelState) return;
    apply({ kind: 'markLevelNormal', level, normal: !levelState.normal });
  };

  // Shortcuts run outside React's event handling: the picker must be on screen, focused, before the
  // next key arrives, or fast typing would land on the list's shortcuts.
  const startAdding = () => flushSync(() => setMode('adding'));
  const startCopying = () => flushSync(() => setMode('copying'));
  const listKeys = active && mode === 'list';
  useShortcuts([
    { keys: 'ArrowDown', description: 'Next row (level or finding)', run: () => onCursor(moveCursor(rows, cursor, 1, 'row')), enabled: listKeys },
    { keys: 'ArrowUp', description: 'Previous row', run: () => onCursor(moveCursor(rows, cursor, -1, 'row')), enabled: listKeys },
    { keys: 'j', description: 'Next level', run: () => onCursor(moveCursor(rows, cursor, 1, 'level')), enabled: listKeys },
    { keys: 'k', description: 'Previous level', run: () => onCursor(moveCursor(rows, cursor, -1, 'level')), enabled: listKeys },
    { keys: 'a', description: 'Add a finding at this level (type-ahead)', run: startAdding, enabled: listKeys && level !== null },
    { keys: '+', description: 'Add a finding at this level', run: startAdding, enabled: listKeys && level !== null },
    { keys: 'n', description: 'Mark this level normal (again: unmark)', run: toggleNormal, enabled: listKeys && level !== null },
    { keys: 'Enter', description: 'Edit the finding (on a level: add one)', run: () => (selected ? openEditor(selected) : startAdding()), enabled: listKeys && level !== null },
    { keys: 'e', description: 'Edit the selected finding', run: () => selected && openEditor(selected), enabled: listKeys && selected !== null },
    { keys: 'c', description: 'Copy the selected finding to another level', run: startCopying, enabled: listKeys && selected !== null },
    { keys: 'Delete', description: 'Remove the selected finding', run: remove, enabled: listKeys && selected !== null },
    { keys: 'Alt+ArrowUp', description: 'Move the finding up within its level', run: () => reorder(-1), enabled: listKeys && selected !== null },
    { keys: 'Alt+ArrowDown', description: 'Move the finding down within its level', run: () => reorder(1), enabled: listKeys && selected !== null },
    { keys: 'i', description: 'Show why: reasons and evidence of the finding', run: () => selected && onShowDetails(selected.id, false), enabled: listKeys && selected !== null },
    { keys: 'o', description: 'Override the finding’s label', run: () => selected && onShowDetails(selected.id, true), enabled: listKeys && selected !== null },
  ]);

  return (
    <div className="findings-panel" ref={listArea}>
      <LevelList
        rows={rows}
        cursor={cursor}
        correlation={correlation}
        transitionalLevels={transitionalLevels}
        onSelect={onCursor}
        onOpen={openEditor}
        onAdd={() => setMode('adding')}
      />
      <div className="finding-slot">
        {mode === 'adding' && level && (
          <FindingTypePicker
            level={level}
            onCancel={backToList}
            onPick={(entry, parsed, query) => {
              const finding = findingFromEntry(entry, parsed, level, nextFindingId(findings), query);
              apply({ kind: 'addFinding', finding });
              setMode('list');
              openEditor(finding);
            }}
          />
        )}
        {mode === 'copying' && selected && (
          <LevelPicker
            title={`Copy ${findingTypeMeta(selected.type).displayName.toLowerCase()} to`}
            levels={copyTargets(selected, view)}
            initial={copyTargets(selected, view).find((l) => l === adjacentDiscLevel(selected.level as DiscLevel, 1, view.anatomy === 'sixth-lumbar' ? 6 : 5))}
            onCancel={backToList}
            onPick={(target) => {
              const newId = nextFindingId(findings);
              apply({ kind: 'copyFinding', findingId: selected.id, level: target, newId });
              setMode('list');
              onCursor({ kind: 'finding', id: newId });
              listArea.current?.querySelector<HTMLElement>('.level-list')?.focus();
            }}
          />
        )}
        {mode === 'list' && selected && (
          <FindingEditor
            key={selected.id}
            finding={selected}
            anatomy={view.anatomy}
            focusOnOpen={focusRequest === selected.id}
            onFocused={() => setFocusRequest(null)}
            onChange={(finding) => apply({ kind: 'updateFinding', finding })}
            onClose={backToList}
            onRemove={remove}
            onCopy={() => setMode('copying')}
            onUndo={undo}
            onAnchor={() => onAnchorRequest(selected.id)}
          />
        )}
        {mode === 'list' && !selected && level && (
          <p className="muted slot-hint">
            {level}: <kbd>A</kbd> add a finding · <kbd>N</kbd> {levelState?.normal ? 'unmark normal' : 'mark normal'} · <kbd>J</kbd>/<kbd>K</kbd> next/previous level · <kbd>↑</kbd>/<kbd>↓</kbd> rows
          </p>
        )}
      </div>
    </div>
  );
}
