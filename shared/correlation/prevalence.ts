import { BRINJIKJI_2015_TABLE, DECADES, type PrevalenceRow } from './evidence/brinjikji-2015-table.ts';

export type { PrevalenceRow } from './evidence/brinjikji-2015-table.ts';

/** Fewer people than this behind a cell is called "few" (the 60–80 cells hold 14–86). */
export const FEW_SUBJECTS = 100;
const YOUNGEST = DECADES[0];
const OLDEST = DECADES[DECADES.length - 1]!;

export interface AgePrevalence {
  /** Whole percent, as the source reports them. */
  percent: number;
  /** The patient's age. */
  age: number;
  /** The age the figure is for: the patient's, or 20 / 80 when the age lies outside the source. */
  ageUsed: number;
  row: PrevalenceRow;
  /** The finding as the source names it. */
  finding: string;
  source: 'brinjikji-2015-prevalence';
  /** Set when the age lies outside 20–80. */
  outsideRange?: string;
  /** Set when the figure rests on few people or on model extrapolation alone. */
  uncertainty?: string;
}

const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** The decades whose cells the figure for this age comes from (one at an exact decade, else two). */
function bracket(age: number): number[] {
  const upper = DECADES.findIndex((decade) => decade >= age);
  if (DECADES[upper] === age) return [upper];
  return [upper - 1, upper];
}

function describeUncertainty(row: PrevalenceRow, cells: number[]): string | undefined {
  const data = BRINJIKJI_2015_TABLE[row];
  const empty = cells.filter((index) => data.subjects[index] === 0).map((index) => DECADES[index]);
  if (empty.length > 0) {
    return `the source had no subjects aged ${empty.join(' or ')} for ${data.plural}: this figure is a model extrapolation`;
  }
  const few = cells.filter((index) => (data.subjects[index] ?? 0) < FEW_SUBJECTS);
  if (few.length === 0) return undefined;
  const counts = few.map((index) => `${data.subjects[index]} people at ${DECADES[index]} (${data.studies[index]} ${data.studies[index] === 1 ? 'study' : 'studies'})`);
  return `this figure rests on few people: ${counts.join(', ')}`;
}

/**
 * The modelled prevalence in people without back pain at this age (Brinjikji 2015a, Table 1a),
 * interpolated between decades on the logit scale; ages outside 20–80 get the nearest end, and say so.
 */
export function asymptomaticPrevalence(row: PrevalenceRow, age: number): AgePrevalence {
  const data = BRINJIKJI_2015_TABLE[row];
  const ageUsed = Math.min(OLDEST, Math.max(YOUNGEST, age));
  const cells = bracket(ageUsed);
  let fraction: number;
  if (cells.length === 1) {
    fraction = data.percent[cells[0]!]! / 100;
  } else {
    const [low, high] = cells as [number, number];
    const t = (ageUsed - DECADES[low]!) / (DECADES[high]! - DECADES[low]!);
    fraction = logistic(logit(data.percent[low]! / 100) + t * (logit(data.percent[high]! / 100) - logit(data.percent[low]! / 100)));
  }
  const result: AgePrevalence = {
    percent: Math.round(fraction * 100),
    age,
    ageUsed,
    row,
    finding: data.name,
    source: 'brinjikji-2015-prevalence',
  };
  if (ageUsed !== age) {
    result.outsideRange = `age ${age} lies outside the 20–80 range the source covers; the ${ageUsed}-year figure is shown`;
  }
  const uncertainty = describeUncertainty(row, cells);
  if (uncertainty) result.uncertainty = uncertainty;
  return result;
}

/** The plural the statement uses: "disc bulges". */
export function prevalenceRowPlural(row: PrevalenceRow): string {
  return BRINJIKJI_2015_TABLE[row].plural;
}
