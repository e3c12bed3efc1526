import { ROOTS, type Root } from '../../../shared/domain/anatomy.ts';
import type { AttributeMeta } from '../../../shared/domain/finding-types.ts';
import { GRADING_SYSTEMS, type GradingSystemKey } from '../../../shared/domain/grading-systems.ts';
import type { RootCompromise } from '../../../shared/domain/findings.ts';
import { Segmented, YES_NO, type SegmentOption } from '../reading/Segmented.tsx';
import { DraftInput } from '../reading/DraftInput.tsx';

interface Props {
  attribute: AttributeMeta;
  /** The finding's id: radio group names must be unique on the page. */
  findingId: string;
  value: unknown;
  /** undefined removes the attribute. */
  onChange(value: unknown): void;
  onFocusGrading(system: GradingSystemKey | null): void;
  /** The root the anatomy gives (level + zone), shown beside an edited root. */
  derivedRoot: Root | null;
}

function gradeLabel(system: GradingSystemKey | undefined, value: string | number): { label: string; title?: string } {
  const grade = system ? GRADING_SYSTEMS[system].grades.find((g) => g.value === value) : undefined;
  return grade ? { label: grade.label, title: grade.description } : { label: String(value) };
}

const ROOT_OPTIONS: readonly SegmentOption<Root>[] = ROOTS.map((root) => ({ value: root, label: root }));

function RootPicker({ name, label, value, onChange, derivedRoot }: { name: string; label: string; value: Root | undefined; onChange(root: Root | undefined): void; derivedRoot: Root | null }) {
  return (
    <span className="root-picker">
      <Segmented name={name} label={label} options={ROOT_OPTIONS} value={value} onChange={onChange} />
      {derivedRoot && value !== derivedRoot && <span className="muted hint">anatomy: {derivedRoot}</span>}
      {derivedRoot && value === derivedRoot && <span className="muted hint">from level and zone</span>}
    </span>
  );
}

/** One attribute of a finding, drawn from the domain's finding-type metadata. */
export function AttributeField({ attribute, findingId, value, onChange, onFocusGrading, derivedRoot }: Props) {
  const name = `${findingId}-${attribute.name}`;
  switch (attribute.kind) {
    case 'choice':
      return (
        <Segmented
          name={name}
          label={attribute.label}
          options={attribute.values.map((v) => ({ value: v, ...gradeLabel(attribute.gradingSystem, v) }))}
          value={value as string | number | undefined}
          onChange={onChange}
          onFocus={() => onFocusGrading(attribute.gradingSystem ?? null)}
          testId={`field-${attribute.name}`}
        />
      );
    case 'boolean':
      return <Segmented name={name} label={attribute.label} options={YES_NO} value={value as boolean | undefined} onChange={onChange} onFocus={() => onFocusGrading(null)} testId={`field-${attribute.name}`} />;
    case 'number':
      return (
        <span className="number-field" onFocus={() => onFocusGrading(null)}>
          <DraftInput
            kind="number"
            label={attribute.label}
            value={typeof value === 'number' ? String(value) : ''}
            min={attribute.min}
            max={attribute.max}
            onCommit={(text) => onChange(text === '' ? undefined : Number(text))}
          />
          <span className="muted">{attribute.unit}</span>
        </span>
      );
    case 'text':
      return <DraftInput kind="text" label={attribute.label} value={typeof value === 'string' ? value : ''} onCommit={(text) => onChange(text.trim() ? text : undefined)} required />;
    case 'root':
      return <span onFocus={() => onFocusGrading(null)}><RootPicker name={name} label={attribute.label} value={value as Root | undefined} onChange={onChange} derivedRoot={derivedRoot} /></span>;
    case 'root-compromise': {
      const compromise = (value ?? {}) as RootCompromise;
      const set = (patch: Partial<RootCompromise>) => {
        const next: Record<string, unknown> = { ...compromise, ...patch };
        for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
        onChange(Object.keys(next).length > 0 ? next : undefined);
      };
      return (
        <span className="root-compromise">
          <span onFocus={() => onFocusGrading(null)}>
            <RootPicker name={`${name}-root`} label={`${attribute.label} root`} value={compromise.root} onChange={(root) => set({ root })} derivedRoot={derivedRoot} />
          </span>
          <Segmented
            name={`${name}-grade`}
            label={`${attribute.label} grade`}
            options={attribute.grades.map((g) => ({ value: g, ...gradeLabel(attribute.gradingSystem, g) }))}
            value={compromise.grade}
            onChange={(grade) => set({ grade: grade as RootCompromise['grade'] })}
            onFocus={() => onFocusGrading(attribute.gradingSystem)}
            testId={`field-${attribute.name}-grade`}
          />
        </span>
      );
    }
  }
}
