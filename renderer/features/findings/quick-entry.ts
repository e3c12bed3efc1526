import type { Side, Zone } from '../../../shared/domain/anatomy.ts';
import { followDerivedRoot } from '../../../shared/domain/finding-roots.ts';
import { FINDING_TYPE_META, findingTypeMeta } from '../../../shared/domain/finding-types.ts';
import type { Finding, FindingType } from '../../../shared/domain/findings.ts';
import { discVertebrae, isDiscLevel, type Level } from '../../../shared/domain/levels.ts';

/**
 * Type-ahead over the finding types, with the presets a radiologist dictates ("extrusion",
 * "modic 1") and side and zone words anywhere in the query: `l subart extr` is a left
 * subarticular disc extrusion.
 */
export interface QuickEntry {
  key: string;
  name: string;
  /** Extra words it answers to. */
  aliases: readonly string[];
  type: FindingType;
  preset: Readonly<Record<string, unknown>>;
}

const preset = (key: string, name: string, type: FindingType, values: Record<string, unknown>, aliases: string[] = []): QuickEntry => ({ key, name, type, preset: values, aliases });

const PRESETS: QuickEntry[] = [
  preset('extrusion', 'Extrusion', 'disc-herniation', { morphology: 'extrusion' }, ['herniation', 'hnp']),
  preset('protrusion', 'Protrusion', 'disc-herniation', { morphology: 'protrusion' }, ['herniation', 'hnp']),
  preset('sequestration', 'Sequestration', 'disc-herniation', { morphology: 'sequestration' }, ['free', 'fragment']),
  preset('bulge', 'Bulge', 'disc-bulge', {}),
  preset('modic-1', 'Modic type 1', 'modic', { modicType: '1' }, ['endplate']),
  preset('modic-2', 'Modic type 2', 'modic', { modicType: '2' }, ['endplate']),
  preset('modic-3', 'Modic type 3', 'modic', { modicType: '3' }, ['endplate']),
  preset('hiz', 'High-intensity zone', 'annular-fissure', { hiz: true }, ['annular', 'fissure', 'tear']),
  preset('canal-moderate', 'Central stenosis, moderate', 'central-stenosis', { grade: 'moderate' }, ['canal', 'spinal']),
  preset('canal-severe', 'Central stenosis, severe', 'central-stenosis', { grade: 'severe' }, ['canal', 'spinal']),
  preset('anterolisthesis', 'Anterolisthesis', 'spondylolisthesis', { direction: 'antero' }, ['listhesis', 'slip']),
  preset('retrolisthesis', 'Retrolisthesis', 'spondylolisthesis', { direction: 'retro' }, ['listhesis', 'slip']),
  preset('pars', 'Pars defect', 'spondylolysis', {}, ['lysis']),
];

const TYPE_ALIASES: Partial<Record<FindingType, string[]>> = {
  'disc-degeneration': ['pfirrmann', 'desiccation', 'dehydration'],
  'disc-herniation': ['hnp', 'prolapse'],
  'lateral-recess-stenosis': ['subarticular', 'recess'],
  'foraminal-stenosis': ['foramen', 'nfn'],
  'facet-arthropathy': ['facet', 'oa', 'arthrosis'],
  'central-stenosis': ['canal', 'spinal'],
  'postoperative-change': ['postop', 'surgery', 'laminectomy', 'fusion'],
  'epidural-collection': ['abscess', 'hematoma', 'haematoma'],
  'marrow-lesion': ['metastasis', 'tumour', 'tumor', 'haemangioma', 'hemangioma'],
  infection: ['discitis', 'spondylodiscitis', 'osteomyelitis'],
  'synovial-cyst': ['juxtafacet'],
};

export const QUICK_ENTRIES: readonly QuickEntry[] = [
  ...PRESETS,
  ...FINDING_TYPE_META.map((meta) => ({ key: meta.type, name: meta.displayName, type: meta.type, preset: {}, aliases: TYPE_ALIASES[meta.type] ?? [] })),
];

const SIDE_WORDS: Readonly<Record<string, Side>> = {
  left: 'left', l: 'left', lt: 'left', right: 'right', r: 'right', rt: 'right',
  bilateral: 'bilateral', bilat: 'bilateral', bil: 'bilateral', both: 'bilateral', midline: 'midline', mid: 'midline',
};
const ZONE_WORDS: Readonly<Record<string, Zone>> = {
  central: 'central', paracentral: 'paracentral', para: 'paracentral', subarticular: 'subarticular', subart: 'subarticular', sa: 'subarticular',
  foraminal: 'foraminal', foram: 'foraminal', extraforaminal: 'extraforaminal', far: 'extraforaminal', ef: 'extraforaminal',
};

export interface ParsedQuery {
  /** Every word but the side; a zone word stays, as a herniation's zone or as a word of a name ("central stenosis"). */
  words: string[];
  side?: Side;
  zone?: Zone;
}

/** Side and zone words are modifiers; the rest choose the entry. */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [] };
  for (const word of query.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    if (SIDE_WORDS[word] && !parsed.side) parsed.side = SIDE_WORDS[word];
    else {
      if (ZONE_WORDS[word] && !parsed.zone) parsed.zone = ZONE_WORDS[word];
      parsed.words.push(word);
    }
  }
  return parsed;
}

function entryWords(entry: QuickEntry): string[] {
  return [...entry.name.toLowerCase().split(/[\s,()-]+/), ...entry.aliases].filter(Boolean);
}

/** Entries whose words start with every query word (a zone word also fits any herniation), best first. */
export function matchEntries(parsed: ParsedQuery): QuickEntry[] {
  if (parsed.words.length === 0) return [...QUICK_ENTRIES];
  const scored = QUICK_ENTRIES.flatMap((entry) => {
    const words = entryWords(entry);
    const fits = (q: string) => words.some((w) => w.startsWith(q)) || (ZONE_WORDS[q] !== undefined && entry.type === 'disc-herniation');
    if (!parsed.words.every(fits)) return [];
    const nameWords = entry.name.toLowerCase().split(/[\s,()-]+/);
    const inName = parsed.words.filter((q) => nameWords.some((w) => w.startsWith(q))).length;
    return [{ entry, inName }];
  });
  // Most query words in the name first; then the shortest name (the plain type before its presets).
  return scored.sort((a, b) => b.inName - a.inName || a.entry.name.length - b.entry.name.length).map((s) => s.entry);
}

/** The level a new finding of this type gets at a disc row: the disc, or the vertebra above it. */
export function levelForType(type: FindingType, rowLevel: Level): Level {
  if (findingTypeMeta(type).levelKind !== 'vertebral' || !isDiscLevel(rowLevel)) return rowLevel;
  return discVertebrae(rowLevel)[0];
}

/** The finding a chosen entry makes at a level: preset, side and zone from the query, the root filled in. */
export function findingFromEntry(entry: QuickEntry, parsed: ParsedQuery, rowLevel: Level, id: string, rawQuery: string): Finding {
  const meta = findingTypeMeta(entry.type);
  const finding: Record<string, unknown> = { id, level: levelForType(entry.type, rowLevel), type: entry.type, ...entry.preset };
  if (parsed.side && meta.sided) finding.side = parsed.side;
  if (parsed.zone && entry.type === 'disc-herniation') finding.zone = parsed.zone;
  if (entry.type === 'other') finding.description = rawQuery.replace(/^\s*other\b/i, '').trim() || 'Other finding';
  return followDerivedRoot(null, finding as Finding);
}
