import { LABEL_TEXT, LABELS } from '../../../shared/correlation/output.ts';
import { CASE_STATUS_FILTERS, type CaseFilter, RED_FLAG_FILTERS } from '../../../shared/domain/case-filter.ts';
import { SEXES } from '../../../shared/domain/attributes.ts';
import { FINDING_TYPE_META } from '../../../shared/domain/finding-types.ts';
import { DISC_LEVELS, VERTEBRAL_LEVELS } from '../../../shared/domain/levels.ts';
import { DateField } from './DateField.tsx';

interface Props {
  filter: CaseFilter;
  onChange(filter: CaseFilter): void;
  /** Prefix for element ids, so two forms can share a page. */
  idPrefix: string;
}

const SEX_TEXT: Record<(typeof SEXES)[number], string> = { F: 'Female', M: 'Male', O: 'Other', U: 'Unknown' };
const STATUS_TEXT: Record<(typeof CASE_STATUS_FILTERS)[number], string> = { draft: 'Draft', final: 'Final', reviewed: 'Reviewed' };
const RED_FLAG_TEXT: Record<(typeof RED_FLAG_FILTERS)[number], string> = { any: 'With or without', present: 'Present', absent: 'Absent' };

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

function selected(select: HTMLSelectElement): string[] {
  return [...select.selectedOptions].map((option) => option.value);
}

function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Math.max(0, Math.min(130, Math.trunc(Number(text))));
}

function withValue<K extends keyof CaseFilter>(filter: CaseFilter, key: K, value: CaseFilter[K] | undefined): CaseFilter {
  const next = { ...filter };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/**
 * The case filters of shared/domain/case-filter.ts as a form: the research export uses it, and
 * the case browser can. Lists left empty do not restrict.
 */
export function CaseFilterFields({ filter, onChange, idPrefix }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="filter-fields">
      <label htmlFor={id('types')}>Finding type</label>
      <select id={id('types')} multiple size={5} value={filter.findingTypes} onChange={(e) => onChange({ ...filter, findingTypes: selected(e.target) as CaseFilter['findingTypes'] })}>
        {FINDING_TYPE_META.map((meta) => (
          <option key={meta.type} value={meta.type}>
            {meta.displayName}
          </option>
        ))}
      </select>

      <label htmlFor={id('levels')}>Level</label>
      <select id={id('levels')} multiple size={5} value={filter.levels} onChange={(e) => onChange({ ...filter, levels: selected(e.target) as CaseFilter['levels'] })}>
        {[...DISC_LEVELS, ...VERTEBRAL_LEVELS].map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>

      <span />
      <span className="muted small">Ctrl-click (⌘-click) picks several types or levels; nothing picked means all.</span>

      <span className="field-label" id={id('labels')}>Label</span>
      <div className="choice-row" role="group" aria-labelledby={id('labels')}>
        {[...LABELS].reverse().map((label) => (
          <label key={label} className={`chip label-${label}`}>
            <input type="checkbox" checked={filter.labels.includes(label)} onChange={(e) => onChange({ ...filter, labels: toggle(filter.labels, label, e.target.checked) })} />
            {LABEL_TEXT[label]}
          </label>
        ))}
      </div>

      <span className="field-label" id={id('age')}>Age</span>
      <div className="choice-row" role="group" aria-labelledby={id('age')}>
        <input type="number" aria-label="Youngest age" min={0} max={130} placeholder="from" value={filter.ageMin ?? ''} onChange={(e) => onChange(withValue(filter, 'ageMin', optionalNumber(e.target.value)))} />
        <span className="muted">to</span>
        <input type="number" aria-label="Oldest age" min={0} max={130} placeholder="to" value={filter.ageMax ?? ''} onChange={(e) => onChange(withValue(filter, 'ageMax', optionalNumber(e.target.value)))} />
        <span className="muted">years</span>
      </div>

      <span className="field-label" id={id('sex')}>Sex</span>
      <div className="choice-row" role="group" aria-labelledby={id('sex')}>
        {SEXES.map((sex) => (
          <label key={sex} className="chip">
            <input type="checkbox" checked={filter.sexes.includes(sex)} onChange={(e) => onChange({ ...filter, sexes: toggle(filter.sexes, sex, e.target.checked) })} />
            {SEX_TEXT[sex]}
          </label>
        ))}
      </div>

      <span className="field-label" id={id('dates')}>Study date</span>
      <div className="choice-row" role="group" aria-labelledby={id('dates')}>
        <DateField label="Studies from" value={filter.dateFrom} onChange={(iso) => onChange(withValue(filter, 'dateFrom', iso))} />
        <span className="muted">to</span>
        <DateField label="Studies until" value={filter.dateTo} onChange={(iso) => onChange(withValue(filter, 'dateTo', iso))} />
      </div>

      <span className="field-label" id={id('status')}>Status</span>
      <div className="choice-row" role="group" aria-labelledby={id('status')}>
        {CASE_STATUS_FILTERS.map((status) => (
          <label key={status} className="chip">
            <input type="checkbox" checked={filter.statuses.includes(status)} onChange={(e) => onChange({ ...filter, statuses: toggle(filter.statuses, status, e.target.checked) })} />
            {STATUS_TEXT[status]}
          </label>
        ))}
      </div>

      <label htmlFor={id('red-flags')}>Red flags</label>
      <select id={id('red-flags')} value={filter.redFlags} onChange={(e) => onChange({ ...filter, redFlags: e.target.value as CaseFilter['redFlags'] })}>
        {RED_FLAG_FILTERS.map((value) => (
          <option key={value} value={value}>
            {RED_FLAG_TEXT[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
