import type { DiscLevel } from '../../shared/domain/levels.ts';
import type { Grid } from '../../shared/ipc/channels/viewer.ts';
import { GRID_ORDER, type ViewerActions } from './actions.ts';
import type { PrimaryTool } from './engine/tool-modes.ts';
import { ANATOMIES, labelledDiscs, type Anatomy } from './levels/level-marks.ts';

const GRID_LABELS: Record<Grid, string> = { '1x1': '1', '1x2': '2', '1x3': '3', '2x2': '2×2' };
const TOOLS: { tool: PrimaryTool; label: string; key: string }[] = [
  { tool: 'windowLevel', label: 'W/L', key: 'W' },
  { tool: 'pan', label: 'Pan', key: 'P' },
  { tool: 'zoom', label: 'Zoom', key: 'Z' },
  { tool: 'scroll', label: 'Scroll', key: 'S' },
  { tool: 'length', label: 'Length', key: 'M' },
];
const ANATOMY_LABELS: Record<Anatomy, string> = { standard: '5 lumbar', 'sixth-lumbar': '6 lumbar (L6)', 'sacralised-l5': 'Sacralised L5' };

interface Props {
  grid: Grid;
  tool: PrimaryTool;
  anatomy: Anatomy;
  markLevel: DiscLevel;
  status: string | null;
  renderPath: 'cpu' | 'gpu';
  actions: ViewerActions;
  onMarkLevelChange(level: DiscLevel): void;
  /** Absent when the host keeps the count elsewhere: no selector then. */
  onAnatomyChange?(anatomy: Anatomy): void;
}

/** One dense row of controls; every one has a key, shown in its title and the ? list. */
export function ViewerToolbar({ grid, tool, anatomy, markLevel, status, renderPath, actions, onMarkLevelChange, onAnatomyChange }: Props) {
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Viewer tools">
      <span className="tool-group" role="group" aria-label="Layout">
        {GRID_ORDER.map((g) => (
          <button key={g} type="button" className={g === grid ? 'on' : ''} aria-pressed={g === grid} onClick={() => actions.setGrid(g)} title="Layout (G cycles)">
            {GRID_LABELS[g]}
          </button>
        ))}
      </span>
      <span className="tool-group" role="group" aria-label="Left button">
        {TOOLS.map((t) => (
          <button key={t.tool} type="button" className={t.tool === tool ? 'on' : ''} aria-pressed={t.tool === tool} onClick={() => actions.setTool(t.tool)} title={`${t.label} (${t.key})`}>
            {t.label}
          </button>
        ))}
      </span>
      <span className="tool-group" role="group" aria-label="Window">
        <button type="button" onClick={() => actions.windowPreset('file')} title="The file's own window (F)">
          File W/L
        </button>
        <button type="button" onClick={() => actions.windowPreset('full')} title="Full range of the image (D)">
          Full
        </button>
        <button type="button" onClick={actions.invert} title="Invert (I)">
          Invert
        </button>
        <button type="button" onClick={actions.reset} title="Reset zoom, pan, window and invert (R)">
          Reset
        </button>
      </span>
      <span className="tool-group" role="group" aria-label="Levels">
        <button type="button" onClick={actions.labelLevels} title="Click this disc on a sagittal image; the others are proposed (L)">
          Mark
        </button>
        <select aria-label="Disc to mark" value={markLevel} onChange={(e) => onMarkLevelChange(e.target.value as DiscLevel)}>
          {labelledDiscs(anatomy).map((level) => (
            <option key={level} value={level}>
              {level.replace('-', '–')}
            </option>
          ))}
        </select>
        {onAnatomyChange && (
          <select aria-label="Lumbar count" value={anatomy} onChange={(e) => onAnatomyChange(e.target.value as Anatomy)} title="Transitional anatomy: shifts the level names">
            {ANATOMIES.map((a) => (
              <option key={a} value={a}>
                {ANATOMY_LABELS[a]}
              </option>
            ))}
          </select>
        )}
      </span>
      <span className="viewer-status" role="status" data-testid="viewer-status">
        {status}
      </span>
      <span className="dim" title={renderPath === 'cpu' ? "Drawn on the CPU: this machine's WebGL has no GPU behind it (or none at all), and the CPU keeps pace better" : 'Drawn with WebGL on the GPU'}>
        {renderPath.toUpperCase()}
      </span>
    </div>
  );
}
