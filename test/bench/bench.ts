/** One group of figures printed by `npm run bench`. Figures are numbers with their unit in the key. */
export interface Bench {
  name: string;
  /** Returns figures, or `{ skipped: 'reason' }` when a prerequisite is missing on this machine. */
  run(): Promise<Record<string, number | string | boolean | null>>;
}
