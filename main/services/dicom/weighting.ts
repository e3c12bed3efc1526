import type { weightings } from '../../../shared/ipc/channels/studies.ts';

export type Weighting = (typeof weightings)[number];

export interface SequenceFacts {
  modality: string;
  seriesDescription: string;
  protocolName: string;
  sequenceName: string;
  /** (0018,0020), e.g. ['SE'], ['IR', 'SE'], ['GR']. */
  scanningSequence: readonly string[];
  repetitionTimeMs: number | null;
  echoTimeMs: number | null;
  inversionTimeMs: number | null;
}

/**
 * Thresholds, from the usual lumbar spine protocols at 1.5 T and 3 T:
 * - STIR is inversion recovery with a short TI that nulls fat: TI at most 300 ms
 *   (≈150 ms at 1.5 T, ≈230 ms at 3 T). A longer TI is FLAIR, weighted by its TE.
 * - Spin echo T1: TR below 1000 ms and TE below 30 ms. T2: TE of 60 ms or more with TR of
 *   1500 ms or more. Long TR with short TE (proton density) and everything between is 'other'.
 * - Gradient echo (scanning sequence GR without SE) is classified only by its description:
 *   its TR and TE do not follow the spin-echo rules.
 */
export const STIR_MAX_TI_MS = 300;
export const T1_MAX_TR_MS = 1000;
export const T1_MAX_TE_MS = 30;
export const T2_MIN_TE_MS = 60;
export const T2_MIN_TR_MS = 1500;

const STIR_WORDS = /stir|tirm|\bir[_ -]?fs\b/i;
const T1_WORDS = /(?:^|[^a-z0-9])t1(?![0-9])/i;
const T2_WORDS = /(?:^|[^a-z0-9])t2(?![0-9])/i;

/**
 * What the headers say, first in words (description, protocol, sequence name — STIR before T1
 * and T2, so "T2 STIR" is STIR), then from TR/TE/TI. T10–T12 (thoracic levels) are not T1.
 */
export function weightingOf(facts: SequenceFacts): Weighting {
  if (facts.modality !== 'MR' && facts.modality !== '') return 'other';
  for (const words of [facts.seriesDescription, facts.protocolName, facts.sequenceName]) {
    const named = weightingFromWords(words);
    if (named) return named;
  }
  return weightingFromTiming(facts);
}

function weightingFromWords(words: string): Weighting | null {
  if (STIR_WORDS.test(words)) return 'STIR';
  const t1 = T1_WORDS.test(words);
  const t2 = T2_WORDS.test(words);
  if (t1 && !t2) return 'T1';
  if (t2 && !t1) return 'T2';
  return null;
}

function weightingFromTiming(facts: SequenceFacts): Weighting {
  const { repetitionTimeMs: tr, echoTimeMs: te, inversionTimeMs: ti } = facts;
  const scanning = facts.scanningSequence.map((s) => s.toUpperCase());
  const inversion = scanning.includes('IR') || (ti !== null && ti > 0);
  if (inversion && ti !== null && ti > 0 && ti <= STIR_MAX_TI_MS) return 'STIR';
  if (scanning.includes('GR') && !scanning.includes('SE')) return 'other';
  if (te === null) return 'other';
  if (inversion && ti !== null && ti > STIR_MAX_TI_MS) return te >= T2_MIN_TE_MS ? 'T2' : 'T1';
  if (tr === null) return 'other';
  if (tr < T1_MAX_TR_MS && te < T1_MAX_TE_MS) return 'T1';
  if (tr >= T2_MIN_TR_MS && te >= T2_MIN_TE_MS) return 'T2';
  return 'other';
}
