import { useEffect, useRef } from 'react';
import { findingTypeMeta } from '../../../shared/domain/finding-types.ts';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import { isDiscLevel } from '../../../shared/domain/levels.ts';
import { DISC_ROOTS } from '../../../shared/domain/anatomy.ts';
import type { CaseCorrelation } from '../correlation/useCorrelation.ts';
import { LabelChip } from '../correlation/LabelChip.tsx';
import { rowMatches, type Cursor, type Row } from './level-rows.ts';

interface Props {
  rows: Row[];
  cursor: Cursor;
  correlation: CaseCorrelation | null;
  /** The level of the lowest disc is transitional (sacralised L5 or a sixth lumbar vertebra). */
  transitionalLevels: ReadonlySet<string>;
  onSelect(cursor: Cursor): void;
  onOpen(finding: Finding): void;
  onAdd(): void;
}

function FindingLine({ finding, correlation }: { finding: Finding; correlation: CaseCorrelation | null }) {
  const result = correlation?.byFinding.get(finding.id);
  const override = correlation?.overrides.get(finding.id);
  const text = describeFinding(finding).replace(findingTypeMeta(finding.type).displayName, '').replace(/^ \((.*)\)$/, '$1');
  return (
    <>
      <span className="finding-name">
        <span className="finding-type">{findingTypeMeta(finding.type).displayName}</span>
        {text && <span className="muted"> {text}</span>}
        {!isDiscLevel(finding.level) && <span className="badge">{finding.level}</span>}
        {finding.anchor && <span className="anchor-mark" title="Anchored on an image">⌖</span>}
      </span>
      <span className="finding-label">
        {override ? (
          <>
            <LabelChip label={override.label} />
            {result && <LabelChip label={result.label} struck />}
          </>
        ) : (
          result && <LabelChip label={result.label} />
        )}
      </span>
      <span className="finding-reason" title={result?.reasons[0]}>
        {override ? `Override: ${override.reason}` : (result?.reasons[0] ?? '')}
      </span>
    </>
  );
}

/**
 * The level list: T12–L1 down to the lumbosacral disc, each level with its findings, their
 * label chips and main reason. ↑/↓ move, J/K jump levels, Enter opens; the keys are the screen's.
 */
export function LevelList({ rows, cursor, correlation, transitionalLevels, onSelect, onOpen, onAdd }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const activeId = rows.findIndex((row) => rowMatches(row, cursor));
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <div className="level-list" role="listbox" aria-label="Levels and findings" tabIndex={0} ref={list} aria-activedescendant={activeId >= 0 ? `level-row-${activeId}` : undefined} data-testid="level-list">
      {rows.map((row, index) => {
        const selected = rowMatches(row, cursor);
        if (row.kind === 'level') {
          const { state } = row;
          const roots = isDiscLevel(state.level) ? DISC_ROOTS[state.level] : null;
          return (
            <div
              key={`level-${state.level}`}
              id={`level-row-${index}`}
              role="option"
              aria-selected={selected}
              className={`level-row${selected ? ' selected' : ''}${state.normal ? ' normal' : ''}`}
              data-testid="level-row"
              data-level={state.level}
              onClick={() => onSelect({ kind: 'level', level: state.level })}
              onDoubleClick={onAdd}
            >
              <span className="level-name">{state.level}</span>
              <span className="level-meta">
                {state.normal && <span className="normal-badge">normal</span>}
                {transitionalLevels.has(state.level) && <span className="badge warning" title="Transitional anatomy">transitional</span>}
                {state.position ? (
                  <span className="muted" title={state.placedBy === 'proposed' ? 'Label proposed from the vertebral spacing' : 'Label placed on the image'}>
                    {state.placedBy === 'proposed' ? '◌ proposed' : '● labelled'}
                  </span>
                ) : (
                  <span className="muted" title="Not yet labelled on the images">○</span>
                )}
                {roots && (
                  <span className="muted roots" title="The roots a lesion here meets: traversing (central, subarticular) and exiting (foraminal)">
                    trav {roots.traversing} · exit {roots.exiting}
                  </span>
                )}
              </span>
              {row.findings.length === 0 && !state.normal && selected && <span className="muted hint">A add · N normal</span>}
            </div>
          );
        }
        return (
          <div
            key={`finding-${row.finding.id}`}
            id={`level-row-${index}`}
            role="option"
            aria-selected={selected}
            className={`finding-row${selected ? ' selected' : ''}`}
            data-testid="finding-row"
            data-finding-id={row.finding.id}
            onClick={() => onSelect({ kind: 'finding', id: row.finding.id })}
            onDoubleClick={() => onOpen(row.finding)}
          >
            <FindingLine finding={row.finding} correlation={correlation} />
          </div>
        );
      })}
    </div>
  );
}
