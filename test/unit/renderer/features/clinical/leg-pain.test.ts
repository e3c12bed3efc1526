import { describe, expect, it } from 'vitest';
import { rootsByLeg, setBelowKnee, setLegPain, toggleRoot } from '../../../../../renderer/features/clinical/leg-pain.ts';
import { startBackRisk } from '../../../../../renderer/features/clinical/startback.ts';

describe('leg pain from the dermatome drawing', () => {
  it('keeps one entry per leg, roots in order', () => {
    let pain = toggleRoot(undefined, 'left', 'S1');
    pain = toggleRoot(pain, 'left', 'L5');
    pain = toggleRoot(pain, 'right', 'L4');
    expect(pain).toEqual([{ side: 'left', roots: ['L5', 'S1'] }, { side: 'right', roots: ['L4'] }]);
    expect(toggleRoot(pain, 'left', 'S1')).toEqual([{ side: 'left', roots: ['L5'] }, { side: 'right', roots: ['L4'] }]);
  });

  it('splits a bilateral entry when one leg changes, and replaces "side not given"', () => {
    const bilateral = [{ side: 'bilateral' as const, roots: ['L5' as const], belowKnee: true }];
    expect(rootsByLeg(bilateral).right.has('L5')).toBe(true);
    expect(toggleRoot(bilateral, 'right', 'L5')).toEqual([{ side: 'left', roots: ['L5'], belowKnee: true }, { side: 'right', roots: [], belowKnee: true }]);
    expect(toggleRoot([{ roots: [] }], 'left', 'L5')).toEqual([{ side: 'left', roots: ['L5'] }]);
  });

  it('records pain in a leg without a pattern, below the knee or not, and none', () => {
    expect(setLegPain(undefined, 'right', true)).toEqual([{ side: 'right', roots: [] }]);
    expect(setBelowKnee([{ side: 'right', roots: [] }], 'right', false)).toEqual([{ side: 'right', roots: [], belowKnee: false }]);
    expect(setLegPain([{ side: 'right', roots: ['L4'] }], 'right', false)).toEqual([]);
  });
});

describe('STarT Back risk', () => {
  it('is low up to 3, then medium or high by the distress subscale', () => {
    expect(startBackRisk(3, undefined)).toBe('low');
    expect(startBackRisk(5, 3)).toBe('medium');
    expect(startBackRisk(5, 4)).toBe('high');
    expect(startBackRisk(5, undefined)).toBeNull();
    expect(startBackRisk(undefined, 5)).toBeNull();
  });
});
