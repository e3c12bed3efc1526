import { DISC_ROOTS } from '../../domain/anatomy.ts';
import type { EvidenceEntry } from './types.ts';

const table4 = Object.fromEntries(
  (['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const).map((level) => [
    level,
    { central: DISC_ROOTS[level].central, 'paracentral / subarticular → traversing': DISC_ROOTS[level].traversing, 'foraminal / extraforaminal → exiting': DISC_ROOTS[level].exiting },
  ]),
);

/** Root anatomy and the clinical examination (clinical-knowledge.md §4). */
export const anatomyEvidence = {
  'root-anatomy': {
    citation: 'Standard lumbar root anatomy as summarised in clinical-knowledge.md §4.1, Table 4 (coconote, stethoprep and seekhealthz summaries): a lumbar root exits below its own pedicle through the foramen of the same-numbered level.',
    section: '§4.1',
    status: '[V]',
    figures: {
      'Table 4 (disc level × zone → root)': table4,
      'far-lateral herniations (% of cases)': '10–15 [A]',
      'herniations at L4-5 or L5-S1 (%)': '95 [A]',
    },
    note: 'Each root has two candidate sites (L5: L4-5 subarticular or L5-S1 foraminal). Migrated fragments are labelled by the root actually contacted [M, general anatomy]. A large central herniation or severe central stenosis gives bilateral, multi-root symptoms. Transitional vertebrae change numbering and root assignment; no source was retrieved, so L5-L6 and L6-S1 apply the numbering rule.',
  },
  'root-signs': {
    citation: 'Engstrom JW, Deyo RA. Lumbosacral radiculopathy: neurologic features (table). In: Harrison\'s Principles of Internal Medicine, 19th edition; cross-checked with elearnrad and an emergency-medicine Q&A.',
    section: '§4.2',
    status: '[V]',
    figures: {
      L4: 'patellar reflex; medial calf sensory loss; quadriceps, tibialis anterior',
      L5: 'no reliable reflex; dorsum of foot, lateral calf, great toe; extensor hallucis longus, tibialis anterior, peronei, gluteus medius',
      S1: 'Achilles reflex; lateral foot, sole, little toe; gastrocnemius/soleus, gluteus maximus',
    },
  },
  'deville-2000': {
    citation: 'Devillé WL et al. Spine 2000;25(9):1140–7.',
    section: '§4.2',
    status: '[V]',
    figures: {
      'straight-leg raise for herniation: sensitivity / specificity': '0.91 / 0.26',
      'crossed straight-leg raise: sensitivity / specificity': '0.29 / 0.88',
    },
    note: 'Surgical series. In an MRI-referenced cohort of 2,352 patients SLR sensitivity was only 0.36 and specificity 0.74, and accuracy fell with age (J Manipulative Physiol Ther 2011;34(4):231–8).',
  },
  'suri-2010': {
    citation: 'Suri P et al. JAMA 2010;304(23):2628–36.',
    section: '§4.3',
    status: '[V]',
    figures: {
      'Likelihood ratios for lumbar spinal stenosis': {
        'no pain when seated': 7.4,
        'improvement when bending forward': 6.4,
        'bilateral buttock or leg pain': 6.3,
        'neurogenic claudication': 3.7,
        'absence of neurogenic claudication': 0.23,
        'wide-based gait': 13,
        'abnormal Romberg test': 4.2,
        'age over 70': 2.0,
        'age under 60': 0.40,
      },
    },
    note: 'Moderate–severe central stenosis (Schizas B–D / Lee 2–3), usually L3-4/L4-5, often with degenerative spondylolisthesis, is the finding that explains neurogenic claudication (§4.3).',
  },
} satisfies Record<string, EvidenceEntry>;
