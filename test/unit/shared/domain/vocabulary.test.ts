import { describe, expect, it } from 'vitest';
import {
  clinicalSchema, describeFinding, FINDING_TYPE_META, findingSchema, GRADING_SYSTEMS, NOMENCLATURE, RED_FLAG_DEFINITIONS, redFlagLabel, RED_FLAGS,
} from '../../../../shared/domain/index.ts';
import { findingOfEveryType } from './example-cases.ts';

describe('grading systems as data', () => {
  it('each has a citation, grades with descriptions, and grades real attributes', () => {
    for (const system of Object.values(GRADING_SYSTEMS)) {
      expect(system.citation.length, system.id).toBeGreaterThan(20);
      expect(system.grades.length).toBeGreaterThan(2);
      for (const grade of system.grades) expect(grade.description).not.toBe('');
      for (const target of system.appliesTo) {
        const [type, attribute] = target.split('.') as [string, string];
        const meta = FINDING_TYPE_META.find((m) => m.type === type);
        expect(meta?.attributes.some((a) => a.name === attribute), target).toBe(true);
      }
    }
  });

  it('has grade values the schema accepts', () => {
    const probe = { pfirrmann2001: ['disc-degeneration', 'L4-L5', 'pfirrmann'], modic: ['modic', 'L4-L5', 'modicType'], schizas: ['central-stenosis', 'L4-L5', 'schizas'], leeForaminal: ['foraminal-stenosis', 'L4-L5', 'grade'], bartynski: ['lateral-recess-stenosis', 'L4-L5', 'grade'], weishaupt: ['facet-arthropathy', 'L4-L5', 'grade'], meyerding: ['spondylolisthesis', 'L4-L5', 'meyerding'], leeCentral: ['central-stenosis', 'L4-L5', 'grade'] } as const;
    for (const [key, [type, level, attribute]] of Object.entries(probe)) {
      for (const grade of GRADING_SYSTEMS[key as keyof typeof probe].grades) {
        expect(findingSchema.safeParse({ id: 'a', type, level, [attribute]: grade.value }).success, `${key} ${grade.value}`).toBe(true);
      }
    }
    for (const grade of GRADING_SYSTEMS.pfirrmann2004.grades) {
      expect(findingSchema.safeParse({ id: 'a', type: 'disc-herniation', level: 'L4-L5', rootCompromise: { grade: grade.value } }).success).toBe(true);
    }
  });

  it('lists the Nomenclature 2.0 terms with the citation', () => {
    expect(NOMENCLATURE.citation).toMatch(/Fardon/);
    expect(NOMENCLATURE.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['Bulge', 'Protrusion', 'Extrusion', 'Sequestration']));
  });
});

describe('red flags', () => {
  it('labels every red flag the schema accepts', () => {
    expect(RED_FLAG_DEFINITIONS).toHaveLength(17);
    for (const flag of RED_FLAGS) {
      expect(clinicalSchema.safeParse({ redFlags: [flag] }).success).toBe(true);
      expect(redFlagLabel(flag)).not.toBe(flag);
    }
  });
});

describe('describeFinding', () => {
  it('describes every type in plain words', () => {
    for (const raw of findingOfEveryType) {
      const finding = findingSchema.parse(raw);
      expect(describeFinding(finding)).toMatch(/^[A-Z]/);
    }
    expect(describeFinding(findingSchema.parse(findingOfEveryType[2]))).toBe('Disc herniation (right, sequestration paracentral, caudal migration, S1 deviation, recurrent)');
  });
});
