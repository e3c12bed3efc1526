import { z } from 'zod';

export type RedFlagGroup = 'cauda-equina' | 'neurological' | 'cancer' | 'infection' | 'fracture' | 'inflammatory' | 'age';

export interface RedFlagDefinition {
  id: string;
  label: string;
  group: RedFlagGroup;
}

/** The clinical red-flag checklist of case format v1, in the order forms show it. */
export const RED_FLAG_DEFINITIONS = [
  { id: 'cauda-equina-symptoms', label: 'Cauda equina symptoms (bladder, bowel, saddle or sexual change, bilateral leg symptoms)', group: 'cauda-equina' },
  { id: 'urinary-retention', label: 'Urinary retention', group: 'cauda-equina' },
  { id: 'saddle-anaesthesia', label: 'Saddle anaesthesia', group: 'cauda-equina' },
  { id: 'progressive-neurological-deficit', label: 'Progressive neurological deficit', group: 'neurological' },
  { id: 'cancer-history', label: 'History of cancer', group: 'cancer' },
  { id: 'unexplained-weight-loss', label: 'Unexplained weight loss', group: 'cancer' },
  { id: 'night-pain', label: 'Night pain', group: 'cancer' },
  { id: 'fever', label: 'Fever', group: 'infection' },
  { id: 'iv-drug-use', label: 'Intravenous drug use', group: 'infection' },
  { id: 'immunosuppression', label: 'Immunosuppression', group: 'infection' },
  { id: 'recent-infection', label: 'Recent infection', group: 'infection' },
  { id: 'significant-trauma', label: 'Significant trauma', group: 'fracture' },
  { id: 'minor-trauma-with-osteoporosis-risk', label: 'Minor trauma with osteoporosis risk', group: 'fracture' },
  { id: 'long-term-corticosteroids', label: 'Long-term corticosteroids', group: 'fracture' },
  { id: 'osteoporosis', label: 'Osteoporosis', group: 'fracture' },
  { id: 'age-over-50-new-pain', label: 'New pain over age 50', group: 'age' },
  { id: 'inflammatory-back-pain', label: 'Inflammatory back pain', group: 'inflammatory' },
] as const satisfies readonly RedFlagDefinition[];

export type RedFlag = (typeof RED_FLAG_DEFINITIONS)[number]['id'];
export const RED_FLAGS = RED_FLAG_DEFINITIONS.map((flag) => flag.id) as [RedFlag, ...RedFlag[]];
export const redFlagSchema = z.enum(RED_FLAGS);

const LABELS = new Map<string, string>(RED_FLAG_DEFINITIONS.map((flag) => [flag.id, flag.label]));

export function redFlagLabel(flag: RedFlag): string {
  return LABELS.get(flag) ?? flag;
}

export function redFlagGroup(flag: RedFlag): RedFlagGroup {
  return RED_FLAG_DEFINITIONS.find((definition) => definition.id === flag)?.group ?? 'age';
}
