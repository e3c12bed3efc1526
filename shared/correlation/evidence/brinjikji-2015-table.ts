// Brinjikji 2015a, Tables 1a/1b of clinical-knowledge.md §1.1, copied exactly. The engine
// interpolates these on the logit scale (prevalence.ts); the evidence entry shows them.

export const DECADES = [20, 30, 40, 50, 60, 70, 80] as const;
export type Decade = (typeof DECADES)[number];

export const PREVALENCE_ROWS = [
  'disc-degeneration', 'disc-signal-loss', 'disc-height-loss', 'disc-bulge', 'disc-protrusion', 'annular-fissure', 'facet-degeneration', 'spondylolisthesis',
] as const;
export type PrevalenceRow = (typeof PREVALENCE_ROWS)[number];

interface Row {
  /** The finding as the table names it. */
  name: string;
  /** Plural for sentences: "disc bulges". */
  plural: string;
  percent: readonly [number, number, number, number, number, number, number];
  /** Estimated number of people behind each estimate (Table 1b). */
  subjects: readonly [number, number, number, number, number, number, number];
  /** Number of studies behind each estimate (Table 1b). */
  studies: readonly [number, number, number, number, number, number, number];
}

export const BRINJIKJI_2015_TABLE: Readonly<Record<PrevalenceRow, Row>> = {
  'disc-degeneration': { name: 'Disc degeneration', plural: 'disc degeneration', percent: [37, 52, 68, 80, 88, 93, 96], subjects: [273, 604, 415, 311, 80, 20, 19], studies: [9, 16, 12, 10, 4, 2, 2] },
  'disc-signal-loss': { name: 'Disc signal loss ("black disc")', plural: 'disc signal loss', percent: [17, 33, 54, 73, 86, 94, 97], subjects: [46, 142, 352, 73, 35, 15, 14], studies: [2, 5, 4, 2, 1, 1, 1] },
  'disc-height-loss': { name: 'Disc height loss', plural: 'disc height loss', percent: [24, 34, 45, 56, 67, 76, 84], subjects: [15, 163, 186, 208, 35, 15, 14], studies: [1, 5, 5, 5, 1, 1, 1] },
  'disc-bulge': { name: 'Disc bulge', plural: 'disc bulges', percent: [30, 40, 50, 60, 69, 77, 84], subjects: [55, 101, 151, 123, 66, 24, 22], studies: [4, 7, 8, 7, 5, 3, 3] },
  'disc-protrusion': { name: 'Disc protrusion', plural: 'disc protrusions', percent: [29, 31, 33, 36, 38, 40, 43], subjects: [87, 468, 490, 363, 86, 19, 17], studies: [5, 14, 14, 12, 5, 2, 2] },
  'annular-fissure': { name: 'Annular fissure', plural: 'annular fissures', percent: [19, 20, 22, 23, 25, 27, 29], subjects: [167, 350, 426, 53, 35, 15, 14], studies: [5, 5, 7, 3, 3, 1, 1] },
  'facet-degeneration': { name: 'Facet degeneration', plural: 'facet degeneration', percent: [4, 9, 18, 32, 50, 69, 83], subjects: [0, 0, 596, 53, 35, 15, 14], studies: [0, 0, 3, 3, 3, 1, 1] },
  spondylolisthesis: { name: 'Spondylolisthesis', plural: 'spondylolisthesis', percent: [3, 5, 8, 14, 23, 35, 50], subjects: [0, 0, 31, 53, 35, 15, 14], studies: [0, 0, 1, 1, 1, 1, 1] },
};
