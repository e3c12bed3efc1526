import type { ClinicalChanges } from '../../../shared/ipc/channels/cases.ts';

const FIELD_TEXT: Readonly<Record<keyof ClinicalChanges, string>> = {
  durationWeeks: 'duration',
  axialPain: 'axial pain',
  legPain: 'leg pain',
  neurogenicClaudication: 'neurogenic claudication',
  deficits: 'deficits',
  straightLegRaise: 'straight-leg raise',
  redFlags: 'red flags',
  priorSurgery: 'prior surgery',
  startBack: 'STarT Back',
  notes: 'notes',
};

/** The clinical fields a review changed, in words: "leg pain, deficits". */
export function clinicalFieldsText(fields: readonly string[]): string {
  return fields.map((field) => FIELD_TEXT[field as keyof ClinicalChanges] ?? field).join(', ');
}
