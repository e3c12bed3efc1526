import { LABEL_TEXT, type Label } from '../../../shared/correlation/output.ts';

const SHORT: Readonly<Record<Label, string>> = {
  'urgent-red-flag': 'Urgent',
  'likely-pain-generator': 'Likely',
  'possibly-contributory': 'Possible',
  'probably-incidental': 'Incidental',
};

/** A label as a coloured chip: urgent red, likely orange, possible yellow, incidental grey. */
export function LabelChip({ label, struck = false, long = false }: { label: Label; struck?: boolean; long?: boolean }) {
  return (
    <span className={`label-chip label-${label}${struck ? ' struck' : ''}`} title={LABEL_TEXT[label]} data-label={label}>
      {long ? LABEL_TEXT[label] : SHORT[label]}
    </span>
  );
}
