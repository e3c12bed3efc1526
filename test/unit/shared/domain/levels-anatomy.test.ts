import { describe, expect, it } from 'vitest';
import {
  adjacentDiscLevel, candidateSitesOf, compareLevels, DISC_LEVELS, DISC_ROOTS, discLevelSequence, discVertebrae, isDiscLevel,
  isTransitionalLevel, isVertebralLevel, rootFor, rootForStenosis, rootRelationForZone, ROOT_SIGNS, ROOTS, VERTEBRAL_LEVELS,
} from '../../../../shared/domain/index.ts';

describe('levels', () => {
  it('orders levels cranial to caudal, each disc between its vertebrae', () => {
    const shuffled = ['S1', 'L5-S1', 'L4', 'T12-L1', 'L4-L5', 'T11', 'L5'];
    expect([...shuffled].sort(compareLevels)).toEqual(['T11', 'T12-L1', 'L4', 'L4-L5', 'L5', 'L5-S1', 'S1']);
    for (const disc of DISC_LEVELS) {
      const [upper, lower] = discVertebrae(disc);
      expect(compareLevels(upper, disc)).toBeLessThan(0);
      expect(compareLevels(disc, lower)).toBeLessThan(0);
    }
  });

  it('tells disc from vertebral levels', () => {
    expect(DISC_LEVELS.every(isDiscLevel)).toBe(true);
    expect(VERTEBRAL_LEVELS.every(isVertebralLevel)).toBe(true);
    expect(isDiscLevel('L4')).toBe(false);
    expect(isVertebralLevel('L4-L5')).toBe(false);
  });

  it('gives the disc sequence for five and six lumbar vertebrae', () => {
    expect(discLevelSequence(5)).toEqual(['T11-T12', 'T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']);
    expect(discLevelSequence(6).slice(-3)).toEqual(['L4-L5', 'L5-L6', 'L6-S1']);
    expect(adjacentDiscLevel('L4-L5', 1)).toBe('L5-S1');
    expect(adjacentDiscLevel('L4-L5', 1, 6)).toBe('L5-L6');
    expect(adjacentDiscLevel('T11-T12', -1)).toBeNull();
    expect(adjacentDiscLevel('L5-S1', 1)).toBeNull();
    expect(isTransitionalLevel('L5-L6')).toBe(true);
    expect(isTransitionalLevel('L5-S1')).toBe(false);
  });
});

describe('root anatomy (clinical-knowledge §4.1, Table 4)', () => {
  it.each([
    ['L1-L2', 'L2', 'L1'],
    ['L2-L3', 'L3', 'L2'],
    ['L3-L4', 'L4', 'L3'],
    ['L4-L5', 'L5', 'L4'],
    ['L5-S1', 'S1', 'L5'],
  ] as const)('%s: subarticular → traversing %s, foraminal → exiting %s', (level, traversing, exiting) => {
    expect(rootFor(level, 'subarticular')).toBe(traversing);
    expect(rootFor(level, 'paracentral')).toBe(traversing);
    expect(rootFor(level, 'central')).toBe(traversing);
    expect(rootFor(level, 'foraminal')).toBe(exiting);
    expect(rootFor(level, 'extraforaminal')).toBe(exiting);
    expect(rootForStenosis(level, 'lateral-recess')).toBe(traversing);
    expect(rootForStenosis(level, 'foraminal')).toBe(exiting);
  });

  it('applies the numbering rule to a sixth lumbar vertebra and says so', () => {
    expect(DISC_ROOTS['L5-L6']).toMatchObject({ traversing: 'L6', exiting: 'L5' });
    expect(DISC_ROOTS['L6-S1']).toMatchObject({ traversing: 'S1', exiting: 'L6' });
    expect(DISC_ROOTS['L5-L6'].note).toMatch(/sixth lumbar/i);
    expect(rootFor('L5-L6', 'foraminal')).toBe('L5');
    expect(rootFor('L5-L6', 'subarticular')).toBeNull(); // L6 is not a root of case format v1
    expect(rootFor('L6-S1', 'foraminal')).toBeNull();
    expect(rootFor('L6-S1', 'subarticular')).toBe('S1');
    expect(rootFor('T11-T12', 'foraminal')).toBeNull();
  });

  it('gives each root its two candidate sites', () => {
    expect(candidateSitesOf('L5')).toEqual([
      { level: 'L4-L5', relation: 'traversing' },
      { level: 'L5-S1', relation: 'exiting' },
      { level: 'L5-L6', relation: 'exiting' },
    ]);
    expect(candidateSitesOf('S1')).toEqual([
      { level: 'L5-S1', relation: 'traversing' },
      { level: 'L6-S1', relation: 'traversing' },
    ]);
  });

  it('maps zones to traversing or exiting', () => {
    expect(rootRelationForZone('subarticular')).toBe('traversing');
    expect(rootRelationForZone('extraforaminal')).toBe('exiting');
  });

  it('has the clinical signs of every root (§4.2)', () => {
    expect(Object.keys(ROOT_SIGNS).sort()).toEqual([...ROOTS].sort());
    expect(ROOT_SIGNS.L4.reflex).toMatch(/patellar/);
    expect(ROOT_SIGNS.S1.reflex).toMatch(/Achilles/);
    expect(ROOT_SIGNS.L5.motor).toMatch(/extensor hallucis longus/);
  });
});
