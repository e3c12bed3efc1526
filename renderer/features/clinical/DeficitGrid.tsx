import { useState, type KeyboardEvent } from 'react';
import { ROOTS, ROOT_SIGNS, type Root } from '../../../shared/domain/anatomy.ts';
import type { Deficit, DeficitKind } from '../../../shared/domain/clinical.ts';

const KINDS: readonly DeficitKind[] = ['motor', 'sensory', 'reflex'];
const SIDES = ['left', 'right'] as const;
const COLUMNS = SIDES.flatMap((side) => KINDS.map((kind) => ({ side, kind })));

interface Props {
  deficits: readonly Deficit[] | undefined;
  onChange(deficits: Deficit[] | null): void;
}

function has(deficits: readonly Deficit[], root: Root, side: string, kind: DeficitKind): boolean {
  return deficits.some((d) => d.root === root && d.kind === kind && (d.side === side || d.side === 'bilateral'));
}

/**
 * Motor, sensory and reflex deficits per root and side. One Tab stop: arrow keys move, Space
 * toggles. "None found" records that the examination found none.
 */
export function DeficitGrid({ deficits, onChange }: Props) {
  const [cell, setCell] = useState({ row: 0, column: 0 });
  const list = deficits ?? [];

  const toggle = (root: Root, side: 'left' | 'right', kind: DeficitKind) => {
    // A bilateral entry is kept as two sided ones once either side changes.
    const sided = list.flatMap((d) => (d.side === 'bilateral' && d.root === root && d.kind === kind ? SIDES.map((s) => ({ ...d, side: s })) : [d]));
    const present = sided.some((d) => d.root === root && d.side === side && d.kind === kind);
    onChange(present ? sided.filter((d) => !(d.root === root && d.side === side && d.kind === kind)) : [...sided, { root, side, kind }]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (move) {
      setCell({ row: Math.min(ROOTS.length - 1, Math.max(0, cell.row + move[0])), column: Math.min(COLUMNS.length - 1, Math.max(0, cell.column + move[1])) });
    } else if (event.key === ' ' || event.key === 'Enter') {
      const column = COLUMNS[cell.column]!;
      toggle(ROOTS[cell.row]!, column.side, column.kind);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const active = COLUMNS[cell.column]!;
  return (
    <div className="deficits">
      <div className="section-line">
        <span className="muted">{deficits === undefined ? 'Not recorded' : list.length === 0 ? 'Examined: none found' : `${list.length} recorded`}</span>
        <button type="button" onClick={() => onChange([])} disabled={deficits !== undefined && list.length === 0}>
          None found
        </button>
        <button type="button" onClick={() => onChange(null)} disabled={deficits === undefined}>
          Not recorded
        </button>
      </div>
      <table
        className="deficit-grid"
        role="grid"
        tabIndex={0}
        aria-label={`Deficits by root and side; at ${ROOTS[cell.row]} ${active.side} ${active.kind}`}
        onKeyDown={onKeyDown}
        data-testid="deficit-grid"
      >
        <thead>
          <tr>
            <th />
            <th colSpan={3}>Left</th>
            <th colSpan={3}>Right</th>
          </tr>
          <tr>
            <th />
            {COLUMNS.map((c) => (
              <th key={`${c.side}-${c.kind}`} title={c.kind}>
                {c.kind[0]!.toUpperCase()}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROOTS.map((root, row) => (
            <tr key={root}>
              <th title={`${ROOT_SIGNS[root].motor}; reflex: ${ROOT_SIGNS[root].reflex}`}>{root}</th>
              {COLUMNS.map((c, column) => {
                const on = has(list, root, c.side, c.kind);
                const current = cell.row === row && cell.column === column;
                return (
                  <td
                    key={`${c.side}-${c.kind}`}
                    role="gridcell"
                    aria-selected={on}
                    className={`${on ? 'on' : ''}${current ? ' current' : ''}`}
                    data-testid={`deficit-${root}-${c.side}-${c.kind}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => {
                      setCell({ row, column });
                      toggle(root, c.side, c.kind);
                    }}
                    title={`${c.side} ${root} ${c.kind}: ${c.kind === 'motor' ? ROOT_SIGNS[root].motor : c.kind === 'sensory' ? ROOT_SIGNS[root].sensory : ROOT_SIGNS[root].reflex}`}
                  >
                    {on ? '●' : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
