// The clinical indication, in words, from the case's patient and clinical picture. What the case
// does not record is said to be not stated, never guessed.
import { redFlagLabel, type Case, type Clinical, type Deficit, type LegPain, type Patient } from '../domain/index.ts';
import { capitalise, levelName, listWords, sentence, sideWord, words } from './words.ts';

const SEX_NOUN = { F: 'woman', M: 'man', O: 'patient', U: 'patient' } as const;

function who(patient: Patient | undefined): string {
  const noun = patient?.sex ? SEX_NOUN[patient.sex] : 'patient';
  return patient?.age !== undefined ? `${patient.age}-year-old ${noun}` : capitalise(noun);
}

function legPainWords(pain: LegPain): string {
  const side = pain.side === 'bilateral' ? 'bilateral' : sideWord(pain.side === 'midline' ? undefined : pain.side);
  const knee = pain.belowKnee === true ? 'below the knee' : pain.belowKnee === false ? 'above the knee' : '';
  const roots = pain.roots ?? [];
  const dermatome = roots.length === 0 ? '' : `in the ${listWords(roots)} ${roots.length === 1 ? 'dermatome' : 'dermatomes'}`;
  return words(side, 'leg pain', knee, dermatome);
}

function duration(weeks: number | undefined): string {
  if (weeks === undefined) return '';
  return `for ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

function complaintSentence(patient: Patient | undefined, clinical: Clinical): string {
  const complaints = [clinical.axialPain === true ? 'low back pain' : '', ...(clinical.legPain ?? []).map(legPainWords)].filter(Boolean);
  const when = duration(clinical.durationWeeks);
  if (complaints.length === 0) return sentence(words(who(patient), when ? `with symptoms ${when}` : ''));
  return sentence(`${who(patient)} with ${listWords(complaints)}${when ? `, ${when}` : ''}`);
}

function deficitSentence(deficits: Deficit[] | undefined): string {
  if (deficits === undefined) return '';
  if (deficits.length === 0) return 'No neurological deficit.';
  const groups = new Map<string, string[]>();
  for (const deficit of deficits) {
    const key = words(sideWord(deficit.side), deficit.root);
    const kinds = groups.get(key) ?? [];
    if (deficit.kind && !kinds.includes(deficit.kind)) kinds.push(deficit.kind);
    groups.set(key, kinds);
  }
  const parts = [...groups].map(([where, kinds]) => words(where, kinds.length ? listWords(kinds) : '', 'deficit'));
  return sentence(parts.join('; '));
}

function straightLegRaiseSentence(slr: Clinical['straightLegRaise']): string {
  if (!slr) return '';
  const sides = (['left', 'right'] as const)
    .filter((side) => slr[side] !== undefined)
    .map((side) => `${slr[side] ? 'positive' : 'negative'} on the ${side}`);
  const parts = [sides.length ? `straight leg raise ${listWords(sides)}` : '', slr.crossed === undefined ? '' : `crossed straight leg raise ${slr.crossed ? 'positive' : 'negative'}`];
  return sentence(parts.filter(Boolean).join('; '));
}

function redFlagSentence(flags: Clinical['redFlags']): string {
  if (flags === undefined) return '';
  if (flags.length === 0) return 'No red flags recorded.';
  const names = flags.map((flag) => {
    const label = redFlagLabel(flag).replace(/ \(.*\)$/, '');
    return label[0]!.toLowerCase() + label.slice(1);
  });
  return `Red flags: ${listWords(names)}.`;
}

function surgerySentence(surgeries: Clinical['priorSurgery']): string {
  if (surgeries === undefined) return '';
  if (surgeries.length === 0) return 'No prior spinal surgery.';
  const parts = surgeries.map((surgery) => {
    const when = surgery.yearsAgo === undefined ? '' : surgery.yearsAgo < 1 ? 'less than a year ago' : `${surgery.yearsAgo} ${surgery.yearsAgo === 1 ? 'year' : 'years'} ago`;
    return words(sideWord(surgery.side), surgery.level ? levelName(surgery.level) : '', surgery.procedure ?? 'surgery', when);
  });
  return sentence(`prior ${parts.join('; ')}`);
}

function startBackSentence(startBack: Clinical['startBack']): string {
  if (startBack?.total === undefined) return '';
  const distress = startBack.distress === undefined ? '' : ` (distress subscale ${startBack.distress} of 5)`;
  return `STarT Back score ${startBack.total} of 9${distress}.`;
}

function notStated(patient: Patient | undefined, clinical: Clinical): string {
  const missing = [
    patient?.age === undefined ? 'age' : '',
    clinical.durationWeeks === undefined ? 'symptom duration' : '',
    clinical.axialPain === undefined && clinical.legPain === undefined ? 'pain distribution' : '',
    clinical.neurogenicClaudication === undefined ? 'neurogenic claudication' : '',
    clinical.deficits === undefined ? 'neurological examination' : '',
    clinical.straightLegRaise === undefined ? 'straight leg raise' : '',
    clinical.redFlags === undefined ? 'red flags' : '',
    clinical.priorSurgery === undefined ? 'prior surgery' : '',
  ].filter(Boolean);
  return missing.length ? `Not stated: ${listWords(missing)}.` : '';
}

/** The Clinical indication section. */
export function indicationText(caseData: Case): string {
  const clinical = caseData.clinical ?? {};
  const claudication = clinical.neurogenicClaudication === undefined ? '' : clinical.neurogenicClaudication ? 'Neurogenic claudication.' : 'No neurogenic claudication.';
  const notes = clinical.notes?.trim() ? `Clinical notes: ${sentence(clinical.notes)}` : '';
  return [
    complaintSentence(caseData.patient, clinical),
    claudication,
    deficitSentence(clinical.deficits),
    straightLegRaiseSentence(clinical.straightLegRaise),
    redFlagSentence(clinical.redFlags),
    surgerySentence(clinical.priorSurgery),
    startBackSentence(clinical.startBack),
    notes,
    notStated(caseData.patient, clinical),
  ].filter(Boolean).join(' ');
}
