// How each finding reads in the report, in Lumbar Disc Nomenclature 2.0 terms (morphology only:
// the words imply nothing about symptoms). Two forms: the sentence of the Findings section, which
// sits after its level, and the short phrase of the Impression, which names the level.
import {
  isDiscLevel, rootForStenosis, rootFor, type Finding, type FindingOf, type Level, type Root, type Severity, type Side,
} from '../domain/index.ts';
import { neuralElementsAt, rootCompromiseWords, rootWords } from './root-words.ts';
import { levelName, listWords, roman, sentence, sideWord, words } from './words.ts';

export interface FindingWords {
  /** For the Findings section, after the level: `Left subarticular disc extrusion compressing …`. */
  sentence: string;
  /** For the Impression: `left L4–L5 subarticular extrusion compressing …`. */
  phrase: string;
}

const GRADE_WORD: Record<number, string> = { 1: 'mild', 2: 'moderate', 3: 'severe' };
const SCHIZAS_SEVERITY: Record<string, string> = { A1: 'no or minor', A2: 'no or minor', A3: 'no or minor', A4: 'no or minor', B: 'moderate', C: 'severe', D: 'extreme' };

function severe(grade: Severity | undefined): grade is Exclude<Severity, 'none'> {
  return grade !== undefined && grade !== 'none';
}

function canalWords(grade: Severity | undefined): string {
  return severe(grade) ? `${grade} compromise of the central canal` : '';
}

/** Left, right or both sides of a paired structure (recess, foramen, facet, pars): `midline` names no side of it. */
function pairedSideWord(side: Side | undefined): string {
  return side === 'midline' ? '' : sideWord(side);
}

function sidedRoot(level: Level, root: Root | null | undefined, side: Side | undefined): string {
  return root ? rootWords(level, root, side) : '';
}

/** Joins a main clause and its qualifiers: `A, with B and C`. */
function clause(main: string, ...qualifiers: string[]): string {
  const present = qualifiers.filter(Boolean);
  return present.length === 0 ? main : `${main}, ${listWords(present)}`;
}

function herniation(finding: FindingOf<'disc-herniation'>): FindingWords {
  const level = finding.level;
  const zone = finding.zone;
  const side = finding.side === 'midline' ? (zone ? '' : 'central') : sideWord(finding.side);
  const morphology = finding.morphology ?? 'herniation';
  const noun = morphology === 'sequestration' ? 'extrusion with a sequestered fragment' : morphology;
  const migration = finding.migration && finding.migration !== 'none' ? `migrating ${finding.migration === 'cranial' ? 'cranially' : 'caudally'}` : '';
  const root = finding.rootCompromise?.root ?? (zone ? rootFor(level, zone) ?? undefined : undefined);
  const rootSide = finding.side === 'midline' ? undefined : finding.side;
  const compromise = rootCompromiseWords(level, root, finding.rootCompromise?.grade, rootSide);
  const cauda = finding.caudaEquinaCompression ? `compressing the ${neuralElementsAt(level)}` : '';
  const actions = listWords([compromise, cauda].filter(Boolean));
  const recurrent = finding.recurrent ? 'recurrent' : '';
  // `…extrusion compressing the root`, but `…extrusion, migrating caudally, compressing the root`.
  const tail = migration ? `, ${migration}${actions ? `, ${actions}` : ''}` : actions ? ` ${actions}` : '';
  const canal = canalWords(finding.canalCompromise);
  const body = `${words(recurrent, side, zone, 'disc', noun)}${tail}`;
  return {
    sentence: sentence(canal ? `${body}; ${canal}` : body),
    phrase: `${words(recurrent, side, levelName(level), zone, finding.morphology ? noun : 'disc herniation')}${tail}`,
  };
}

function bulge(finding: FindingOf<'disc-bulge'>): FindingWords {
  const shape = finding.symmetric === false ? 'asymmetric' : finding.symmetric === true ? 'circumferential' : '';
  const canal = canalWords(finding.canalCompromise);
  return {
    sentence: sentence(clause(words(shape, 'disc bulge'), canal ? `with ${canal}` : '')),
    phrase: clause(words(levelName(finding.level), shape, 'disc bulge'), canal ? `with ${canal}` : ''),
  };
}

function degeneration(finding: FindingOf<'disc-degeneration'>): FindingWords {
  const grade = finding.pfirrmann ? ` (Pfirrmann ${roman(finding.pfirrmann)})` : '';
  const height = severe(finding.heightLoss) ? `${finding.heightLoss} loss of disc height` : '';
  const signal = finding.signalLoss ? 'loss of T2 signal' : '';
  const extras = [height, signal].filter(Boolean);
  return {
    sentence: sentence(`Disc degeneration${grade}${extras.length ? ` with ${listWords(extras)}` : ''}`),
    phrase: `${levelName(finding.level)} disc degeneration${grade}`,
  };
}

function fissure(finding: FindingOf<'annular-fissure'>): FindingWords {
  const hiz = finding.hiz ? ' with a high-intensity zone' : '';
  return { sentence: sentence(`Annular fissure${hiz}`), phrase: `${levelName(finding.level)} annular fissure${hiz}` };
}

function modic(finding: FindingOf<'modic'>): FindingWords {
  const type = finding.modicType;
  const name = type === undefined ? 'Modic endplate changes' : type.includes('/') ? `mixed Modic type ${type} endplate changes` : `Modic type ${type} endplate changes`;
  const claw = finding.clawSign === true ? 'with a DWI claw sign' : '';
  return { sentence: sentence(clause(name, claw)), phrase: clause(`${levelName(finding.level)} ${name}`, claw) };
}

function centralStenosis(finding: FindingOf<'central-stenosis'>): FindingWords {
  const level = levelName(finding.level);
  if (finding.grade === 'none') return { sentence: 'No central canal stenosis.', phrase: `no ${level} central canal stenosis` };
  const severity = finding.grade ?? (finding.schizas ? SCHIZAS_SEVERITY[finding.schizas] : undefined);
  const schizas = finding.schizas ? ` (Schizas ${finding.schizas})` : '';
  const cauda = finding.caudaEquinaCompression ? `compressing the ${neuralElementsAt(finding.level)}` : '';
  return {
    sentence: sentence(clause(`${words(severity, 'central canal stenosis')}${schizas}`, cauda)),
    phrase: clause(`${words(severity, level, 'central canal stenosis')}${schizas}`, cauda),
  };
}

function lateralRecess(finding: FindingOf<'lateral-recess-stenosis'>): FindingWords {
  const level = finding.level;
  const side = pairedSideWord(finding.side);
  const grade = finding.grade;
  if (grade === 0) return { sentence: sentence(words('no', side, 'lateral recess stenosis')), phrase: words('no', side, levelName(level), 'lateral recess stenosis') };
  const rootText = sidedRoot(level, finding.root ?? rootForStenosis(level, 'lateral-recess'), finding.side);
  const noun = grade === 1 ? 'lateral recess narrowing' : 'lateral recess stenosis';
  const severity = grade === 3 ? 'severe' : '';
  // Bartynski 2 and 3 compress the root; without a grade the report names the root but claims no compression.
  const action = grade === 1 ? `without compression of ${rootText || 'the root'}` : !rootText ? '' : grade === undefined ? `at ${rootText}` : `compressing ${rootText}`;
  const obliterated = grade === 3 ? ', with the recess obliterated' : '';
  const tag = grade === undefined ? '' : ` (Bartynski ${grade})`;
  return {
    sentence: sentence(`${words(severity, side, noun, action)}${obliterated}${tag}`),
    phrase: words(severity, side, levelName(level), noun, grade === 1 ? '' : action),
  };
}

function foraminal(finding: FindingOf<'foraminal-stenosis'>): FindingWords {
  const level = finding.level;
  const side = pairedSideWord(finding.side);
  const root = finding.root ?? rootForStenosis(level, 'foraminal');
  const grade = finding.grade;
  if (grade === 0) return { sentence: sentence(words('no', side, 'foraminal stenosis')), phrase: words('no', side, levelName(level), 'foraminal stenosis') };
  const severity = grade === undefined ? '' : GRADE_WORD[grade];
  const tag = grade === undefined ? '' : ` (Lee ${grade})`;
  const rootText = sidedRoot(level, root, finding.side);
  const detail = grade === 2 ? 'without change in the shape of the root' : grade === 3 && rootText ? `with morphologic change of ${rootText}` : '';
  const phraseDetail = grade === 3 && rootText ? `affecting ${rootText}` : '';
  return {
    sentence: sentence(`${clause(words(severity, side, 'foraminal stenosis'), detail)}${tag}`),
    phrase: words(severity, side, levelName(level), 'foraminal stenosis', phraseDetail),
  };
}

function facet(finding: FindingOf<'facet-arthropathy'>): FindingWords {
  const side = pairedSideWord(finding.side);
  const level = levelName(finding.level);
  const oneJoint = finding.side === 'left' || finding.side === 'right';
  if (finding.grade === 0) return { sentence: sentence(words('normal', side, oneJoint ? 'facet joint' : 'facet joints')), phrase: words('normal', side, level, oneJoint ? 'facet joint' : 'facet joints') };
  const severity = finding.grade === undefined ? '' : GRADE_WORD[finding.grade];
  const tag = finding.grade === undefined ? '' : ` (Weishaupt ${finding.grade})`;
  const effusion = finding.effusionMm ? `with a ${finding.effusionMm} mm joint effusion` : '';
  return {
    sentence: sentence(`${clause(`${words(severity, side, 'facet arthropathy')}${tag}`, effusion)}`),
    phrase: clause(words(severity, side, level, 'facet arthropathy'), finding.effusionMm ? 'with a joint effusion' : ''),
  };
}

function synovialCyst(finding: FindingOf<'synovial-cyst'>): FindingWords {
  const side = pairedSideWord(finding.side);
  const position = finding.position === 'anterior' ? 'anterior (intraspinal)' : finding.position === 'posterior' ? 'posterior (extraspinal)' : '';
  const root = finding.rootCompromise?.root ?? rootForStenosis(finding.level, 'lateral-recess') ?? undefined;
  const compromise = rootCompromiseWords(finding.level, root, finding.rootCompromise?.grade, finding.side);
  return {
    sentence: sentence(`${words(side, position, 'facet synovial cyst')}${compromise ? `, ${compromise}` : ''}`),
    phrase: `${words(side, levelName(finding.level), finding.position, 'facet synovial cyst')}${compromise ? ` ${compromise}` : ''}`,
  };
}

const LISTHESIS_NOUN = { antero: 'anterolisthesis', retro: 'retrolisthesis', lateral: 'lateral listhesis' } as const;

function listhesis(finding: FindingOf<'spondylolisthesis'>): FindingWords {
  const [upper, lower] = finding.level.split('-');
  const grade = finding.meyerding ? `grade ${roman(finding.meyerding)}` : '';
  const noun = finding.direction ? LISTHESIS_NOUN[finding.direction] : 'spondylolisthesis';
  const percent = finding.percent !== undefined ? ` (${finding.percent}%)` : '';
  const main = `${words(grade, finding.etiology, noun)} of ${upper} on ${lower}`;
  return { sentence: sentence(`${main}${percent}`), phrase: main };
}

function spondylolysis(finding: FindingOf<'spondylolysis'>): FindingWords {
  const plural = finding.side === 'bilateral';
  const defect = plural ? 'pars interarticularis defects' : 'pars interarticularis defect';
  const side = pairedSideWord(finding.side);
  const main = `${words(side, finding.level, defect)} (spondylolysis)`;
  const edema = finding.edema ? 'with oedema at the pars' : '';
  return { sentence: sentence(clause(main, edema)), phrase: clause(words(side, finding.level, plural ? 'pars defects' : 'pars defect'), edema) };
}

function fracture(finding: FindingOf<'fracture'>): FindingWords {
  const cause = finding.cause === 'osteoporotic' ? 'osteoporotic compression' : finding.cause === 'traumatic' ? 'traumatic' : '';
  const main = `${words(finding.acuity, cause, 'fracture')} of ${finding.level}`;
  const qualifiers = [
    finding.cause === 'pathologic-suspected' ? 'suspected to be pathological' : '',
    finding.heightLossPercent !== undefined ? `with ${finding.heightLossPercent}% loss of height` : '',
    finding.retropulsion ? 'with retropulsion' : '',
    severe(finding.canalCompromise) ? `with ${canalWords(finding.canalCompromise)}` : '',
  ];
  return { sentence: sentence(clause(main, ...qualifiers)), phrase: clause(main, ...qualifiers) };
}

const MARROW_NAME = {
  'marrow-replacing': 'marrow-replacing lesion',
  'hemangioma-typical': 'typical haemangioma',
  'focal-fat': 'focal fatty marrow deposit',
  other: 'marrow signal abnormality',
} as const;

function marrow(finding: FindingOf<'marrow-lesion'>): FindingWords {
  const main = `${finding.pattern ? MARROW_NAME[finding.pattern] : 'marrow lesion'} in ${finding.level}`;
  const epidural = finding.epiduralExtension ? 'with epidural extension' : '';
  return { sentence: sentence(clause(main, epidural)), phrase: clause(main, epidural) };
}

const INFECTION_NAME = { spondylodiscitis: 'spondylodiscitis', 'vertebral-osteomyelitis': 'vertebral osteomyelitis', 'facet-septic': 'septic facet arthritis' } as const;

function infection(finding: FindingOf<'infection'>): FindingWords {
  const name = finding.pattern ? INFECTION_NAME[finding.pattern] : 'infection';
  const extras = [finding.epiduralAbscess ? 'an epidural abscess' : '', finding.paraspinalCollection ? 'a paraspinal collection' : ''].filter(Boolean);
  const tail = extras.length ? ` with ${listWords(extras)}` : '';
  return { sentence: sentence(`Findings of ${name}${atVertebra(finding.level)}${tail}`), phrase: `${levelName(finding.level)} ${name}${tail}` };
}

const COLLECTION_NAME = { abscess: 'epidural abscess', hematoma: 'epidural haematoma', mass: 'epidural mass' } as const;

/** ` at L3` for findings on a vertebral level, which are reported away from the disc lines. */
function atVertebra(level: Level): string {
  return isDiscLevel(level) ? '' : ` at ${level}`;
}

function collection(finding: FindingOf<'epidural-collection'>): FindingWords {
  const name = `${words(sideWord(finding.side), finding.kind ? COLLECTION_NAME[finding.kind] : 'epidural collection')}${atVertebra(finding.level)}`;
  const compression = finding.cordOrCaudaCompression ? `compressing the ${neuralElementsAt(finding.level)}` : '';
  return {
    sentence: sentence(`${name}${compression ? ` ${compression}` : ''}`),
    phrase: `${words(sideWord(finding.side), levelName(finding.level), finding.kind ? COLLECTION_NAME[finding.kind] : 'epidural collection')}${compression ? ` ${compression}` : ''}`,
  };
}

const POSTOPERATIVE_NAME = {
  'epidural-fibrosis': 'postoperative epidural fibrosis',
  laminectomy: 'postoperative laminectomy defect',
  fusion: 'postoperative fusion',
  hardware: 'postoperative fixation hardware',
} as const;

function postoperative(finding: FindingOf<'postoperative-change'>): FindingWords {
  const name = finding.kind ? POSTOPERATIVE_NAME[finding.kind] : 'postoperative change';
  const side = finding.side === 'left' || finding.side === 'right' ? `${finding.side}-sided` : sideWord(finding.side);
  const mass = finding.massEffect ? 'with mass effect' : '';
  return { sentence: sentence(clause(words(side, name), mass)), phrase: clause(words(levelName(finding.level), side, name), mass) };
}

function schmorl(finding: FindingOf<'schmorl-node'>): FindingWords {
  const edema = finding.edema ? 'with marrow oedema' : '';
  return { sentence: sentence(clause(`Schmorl node (intravertebral herniation) in ${finding.level}`, edema)), phrase: clause(`${finding.level} Schmorl node`, edema) };
}

function other(finding: FindingOf<'other'>): FindingWords {
  const description = finding.description.trim().replace(/\.$/, '');
  return { sentence: sentence(`${words(sideWord(finding.side), description)}${atVertebra(finding.level)}`), phrase: words(levelName(finding.level), sideWord(finding.side), description) };
}

function withNote(result: FindingWords, note: string | undefined): FindingWords {
  const text = note?.trim();
  return text ? { ...result, sentence: `${result.sentence} ${sentence(text)}` } : result;
}

export function findingWords(finding: Finding): FindingWords {
  return withNote(findingWordsWithoutNote(finding), finding.note);
}

function findingWordsWithoutNote(finding: Finding): FindingWords {
  switch (finding.type) {
    case 'disc-herniation': return herniation(finding);
    case 'disc-bulge': return bulge(finding);
    case 'disc-degeneration': return degeneration(finding);
    case 'annular-fissure': return fissure(finding);
    case 'modic': return modic(finding);
    case 'central-stenosis': return centralStenosis(finding);
    case 'lateral-recess-stenosis': return lateralRecess(finding);
    case 'foraminal-stenosis': return foraminal(finding);
    case 'facet-arthropathy': return facet(finding);
    case 'synovial-cyst': return synovialCyst(finding);
    case 'spondylolisthesis': return listhesis(finding);
    case 'spondylolysis': return spondylolysis(finding);
    case 'fracture': return fracture(finding);
    case 'marrow-lesion': return marrow(finding);
    case 'infection': return infection(finding);
    case 'epidural-collection': return collection(finding);
    case 'postoperative-change': return postoperative(finding);
    case 'schmorl-node': return schmorl(finding);
    case 'other': return other(finding);
  }
}
