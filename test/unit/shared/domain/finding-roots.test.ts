import { describe, expect, it } from 'vitest';
import { derivedRoot, followDerivedRoot, rootOf, withRoot } from '../../../../shared/domain/finding-roots.ts';
import type { Finding } from '../../../../shared/domain/findings.ts';

const herniation = (zone: 'subarticular' | 'foraminal' | undefined, level: Finding['level'] = 'L4-L5'): Finding =>
  ({ id: 'f1', level, type: 'disc-herniation', ...(zone ? { zone } : {}) }) as Finding;

describe('the nerve root a finding names', () => {
  it('comes from level and zone for a herniation: subarticular → traversing, foraminal → exiting', () => {
    expect(derivedRoot(herniation('subarticular'))).toBe('L5');
    expect(derivedRoot(herniation('foraminal'))).toBe('L4');
    expect(derivedRoot(herniation('subarticular', 'L5-S1'))).toBe('S1');
    expect(derivedRoot(herniation(undefined))).toBeNull();
  });

  it('comes from the stenosis site for stenoses and cysts', () => {
    expect(derivedRoot({ id: 'a', level: 'L4-L5', type: 'lateral-recess-stenosis' })).toBe('L5');
    expect(derivedRoot({ id: 'b', level: 'L4-L5', type: 'foraminal-stenosis' })).toBe('L4');
    expect(derivedRoot({ id: 'c', level: 'L4-L5', type: 'synovial-cyst' })).toBe('L5');
    expect(derivedRoot({ id: 'd', level: 'L4-L5', type: 'modic' })).toBeNull();
  });

  it('is kept where the type keeps it', () => {
    const withCompromise = withRoot(herniation('subarticular'), 'L5');
    expect(withCompromise).toMatchObject({ rootCompromise: { root: 'L5' } });
    expect(rootOf(withCompromise)).toBe('L5');
    expect(withRoot(withCompromise, undefined)).not.toHaveProperty('rootCompromise');
    expect(withRoot({ id: 'b', level: 'L4-L5', type: 'foraminal-stenosis' }, 'L4')).toMatchObject({ root: 'L4' });
  });

  it('follows a change of zone or level unless it was edited by hand', () => {
    const subarticular = followDerivedRoot(null, herniation('subarticular'));
    expect(rootOf(subarticular)).toBe('L5');
    const foraminal = followDerivedRoot(subarticular, { ...subarticular, zone: 'foraminal' } as Finding);
    expect(rootOf(foraminal)).toBe('L4');
    const edited = withRoot(foraminal, 'L3');
    expect(rootOf(followDerivedRoot(edited, { ...edited, level: 'L5-S1' } as Finding))).toBe('L3');
    const noZone = followDerivedRoot(subarticular, { ...subarticular, zone: undefined } as Finding);
    expect(rootOf(noZone)).toBeUndefined();
  });
});
