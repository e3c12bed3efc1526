import { describe, expect, it } from 'vitest';
import { asymptomaticPrevalence, BRINJIKJI_2015_TABLE, DECADES, PREVALENCE_ROWS } from '../../../../shared/correlation/index.ts';

describe('asymptomatic prevalence by age (Brinjikji 2015a, Table 1a)', () => {
  it('gives the table value at every decade', () => {
    for (const row of PREVALENCE_ROWS) {
      DECADES.forEach((decade, index) => {
        expect(asymptomaticPrevalence(row, decade).percent, `${row} at ${decade}`).toBe(BRINJIKJI_2015_TABLE[row].percent[index]);
      });
    }
  });

  it('interpolates between decades on the logit scale, not linearly', () => {
    // Where the two scales round differently: linear would give 43.5 → 44 and 42.5 → 43.
    expect(asymptomaticPrevalence('disc-signal-loss', 35).percent).toBe(43);
    expect(asymptomaticPrevalence('spondylolisthesis', 75).percent).toBe(42);
    const logit = (p: number) => Math.log(p / (1 - p));
    const expected = 1 / (1 + Math.exp(-(logit(0.5) + 0.3 * (logit(0.69) - logit(0.5)))));
    expect(asymptomaticPrevalence('facet-degeneration', 63).percent).toBe(Math.round(expected * 100));
  });

  it('rises with age for every finding in the table', () => {
    for (const row of PREVALENCE_ROWS) {
      for (let age = 20; age < 80; age++) {
        expect(asymptomaticPrevalence(row, age + 1).percent).toBeGreaterThanOrEqual(asymptomaticPrevalence(row, age).percent);
      }
    }
  });

  it('clamps outside 20–80 and says so', () => {
    const young = asymptomaticPrevalence('disc-bulge', 17);
    expect(young).toMatchObject({ percent: 30, age: 17, ageUsed: 20 });
    expect(young.outsideRange).toBe('age 17 lies outside the 20–80 range the source covers; the 20-year figure is shown');
    const old = asymptomaticPrevalence('disc-bulge', 91);
    expect(old).toMatchObject({ percent: 84, ageUsed: 80 });
    expect(old.outsideRange).toMatch(/age 91 lies outside the 20–80 range.*80-year figure/);
    expect(asymptomaticPrevalence('disc-bulge', 50).outsideRange).toBeUndefined();
  });

  it('flags model extrapolation where the source had no subjects (facet, spondylolisthesis at 20–30)', () => {
    expect(asymptomaticPrevalence('facet-degeneration', 25).uncertainty).toMatch(/no subjects aged 20 or 30.*model extrapolation/);
    expect(asymptomaticPrevalence('spondylolisthesis', 30).uncertainty).toMatch(/no subjects aged 30.*model extrapolation/);
    expect(asymptomaticPrevalence('spondylolisthesis', 35).uncertainty).toMatch(/model extrapolation/);
    expect(asymptomaticPrevalence('facet-degeneration', 40).uncertainty).toBeUndefined();
  });

  it('flags cells resting on few people (60–80)', () => {
    expect(asymptomaticPrevalence('disc-bulge', 70).uncertainty).toBe('this figure rests on few people: 24 people at 70 (3 studies)');
    expect(asymptomaticPrevalence('disc-protrusion', 65).uncertainty).toMatch(/86 people at 60 \(5 studies\), 19 people at 70 \(2 studies\)/);
    expect(asymptomaticPrevalence('disc-protrusion', 40).uncertainty).toBeUndefined();
  });
});
