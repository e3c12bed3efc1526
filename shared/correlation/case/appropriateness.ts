// Imaging appropriateness (ACR 2021, NICE NG59/QS155, the seed guidance): did the request meet the
// criteria — red flags, prior surgery with symptoms, or symptoms beyond about six weeks? Context
// for the reader only: it never changes a label.
import { RED_FLAGS, type RedFlag, redFlagGroup, type RedFlagGroup, redFlagLabel } from '../../domain/red-flags.ts';
import type { ClinicalPicture } from '../clinical-picture.ts';
import type { EvidenceId } from '../evidence/index.ts';
import type { Appropriateness } from '../output.ts';

/** Symptoms beyond this many weeks meet the duration criterion (ACR variant 3; Kvistad 2010: 4–6 weeks). */
export const PERSISTENT_SYMPTOMS_WEEKS = 6;

const ACR_VARIANT: Partial<Record<RedFlagGroup, number>> = { 'cauda-equina': 4, cancer: 7, infection: 7, fracture: 6 };

const CONTEXT_ONLY = 'Context only: it does not change any label.';

function redFlagBasis(flags: RedFlag[]): { basis: string; evidence: EvidenceId[] } {
  const groups = [...new Set(flags.map(redFlagGroup))];
  const variants = [...new Set(groups.map((group) => ACR_VARIANT[group]).filter((v): v is number => v !== undefined))].sort();
  const names = flags.map((flag) => redFlagLabel(flag).replace(/ \(.*\)$/, '').toLowerCase()).join(', ');
  const acr = variants.length > 0 ? `ACR 2021 variant${variants.length > 1 ? 's' : ''} ${variants.join(', ')}; ` : '';
  return {
    basis: `Red flags recorded (${names}): imaging is indicated when serious pathology is suspected (${acr}NICE NG59, QS155).`,
    evidence: variants.length > 0 ? ['acr-2021-low-back-pain', 'nice-ng59', 'nice-qs155'] : ['nice-ng59', 'nice-qs155'],
  };
}

function startBackNote(picture: ClinicalPicture): string | null {
  const score = picture.startBack;
  if (!score || (score.total === undefined && score.distress === undefined)) return null;
  if (score.total !== undefined && score.total >= 4 && score.distress !== undefined && score.distress >= 4) {
    return `STarT Back: high risk (distress subscale ${score.distress} of 5).`;
  }
  if (score.total !== undefined) return `STarT Back: ${score.total <= 3 ? 'low' : 'medium'} risk (total ${score.total} of 9)${score.distress === undefined && score.total >= 4 ? '; distress subscale not recorded' : ''}.`;
  return `STarT Back: distress subscale ${score.distress} of 5; total not recorded.`;
}

export function assessAppropriateness(picture: ClinicalPicture): Appropriateness {
  const flags = RED_FLAGS.filter((flag) => picture.redFlags.has(flag));
  const notes = [startBackNote(picture), CONTEXT_ONLY].filter((note): note is string => note !== null);
  const result = (status: Appropriateness['status'], basis: string, evidence: EvidenceId[]): Appropriateness => ({
    indicated: status === 'indicated',
    basis,
    status,
    evidence: picture.startBack ? [...evidence, 'start-back'] : evidence,
    notes,
  });
  const weeks = picture.durationWeeks;

  if (flags.length > 0) {
    const { basis, evidence } = redFlagBasis(flags);
    return result('indicated', basis, evidence);
  }
  if (picture.priorSurgery.length > 0) {
    return result('indicated', 'Prior lumbar surgery: with new or progressing symptoms MRI is usually appropriate (ACR 2021 variant 5).', ['acr-2021-low-back-pain']);
  }
  if (weeks !== undefined && weeks >= PERSISTENT_SYMPTOMS_WEEKS) {
    return result(
      'indicated',
      `Symptoms for ${weeks} weeks: beyond the six weeks after which MRI is usually appropriate for a candidate for surgery or intervention (ACR 2021 variant 3; 4–6 weeks in Norwegian guidance).`,
      ['acr-2021-low-back-pain', 'kvistad-2010'],
    );
  }
  if (weeks !== undefined && picture.redFlagsRecorded) {
    return result(
      'not-indicated',
      `No red flags and symptoms for ${weeks} weeks: guidance advises against routine imaging now (ACR 2021 variants 1–2; NICE NG59, QS155); most people recover within six weeks.`,
      ['acr-2021-low-back-pain', 'nice-ng59', 'nice-qs155', 'lbp-imaging-guidance-2020'],
    );
  }
  if (weeks !== undefined) {
    return result(
      'unknown',
      `Symptoms for ${weeks} weeks and red flags not recorded: before about six weeks imaging is appropriate only with red flags (ACR 2021 variants 1–2; NICE QS155).`,
      ['acr-2021-low-back-pain', 'nice-qs155'],
    );
  }
  return result(
    'unknown',
    picture.redFlagsRecorded
      ? 'No red flags recorded and symptom duration not recorded: whether symptoms lasted beyond about six weeks cannot be judged (ACR 2021 variant 3).'
      : 'Red flags and symptom duration not recorded: whether the request met the criteria (red flags, or symptoms beyond about six weeks) cannot be judged.',
    ['acr-2021-low-back-pain', 'nice-qs155'],
  );
}
