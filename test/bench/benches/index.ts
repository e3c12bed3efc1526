import type { Bench } from '../bench.ts';
import { caseBrowserBench } from './case-browser.ts';
import { correlateBench } from './correlate.ts';
import { exportBench } from './export.ts';
import { importBench } from './import.ts';
import { viewerScrollBench } from './viewer-scroll.ts';
import { viewerBench } from './viewer.ts';

/** Every bench, in the order their figures are printed. Add yours here. */
export const benches: Bench[] = [importBench, correlateBench, exportBench, caseBrowserBench, viewerBench];

/** Benches run only when named (`npm run bench -- <name>`): parts of the ones above, for working on one figure. */
export const onRequestBenches: Bench[] = [viewerScrollBench];
