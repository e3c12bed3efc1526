import { describe, expect, it } from 'vitest';
import { findingFromEntry, matchEntries, parseQuery } from '../../../../../renderer/features/findings/quick-entry.ts';

const first = (query: string) => matchEntries(parseQuery(query))[0]?.key;

describe('type-ahead over finding types', () => {
  it('finds presets and types by the start of any word', () => {
    expect(first('extr')).toBe('extrusion');
    expect(first('modic 1')).toBe('modic-1');
    expect(first('central stenosis')).toBe('central-stenosis');
    expect(first('foram sten')).toBe('foraminal-stenosis');
    expect(first('pfirr')).toBe('disc-degeneration');
    expect(first('schm')).toBe('schmorl-node');
    expect(matchEntries(parseQuery('zzz'))).toEqual([]);
  });

  it('takes side and zone words as modifiers wherever they are', () => {
    const parsed = parseQuery('l subart extr');
    expect(parsed).toMatchObject({ side: 'left', zone: 'subarticular' });
    expect(first('l subart extr')).toBe('extrusion');
    const entry = matchEntries(parsed)[0]!;
    expect(findingFromEntry(entry, parsed, 'L4-L5', 'f3', 'l subart extr')).toEqual({
      id: 'f3', level: 'L4-L5', type: 'disc-herniation', morphology: 'extrusion', side: 'left', zone: 'subarticular', rootCompromise: { root: 'L5' },
    });
  });

  it('puts a vertebral finding on the vertebra above the disc, and never sides an unsided type', () => {
    const parsed = parseQuery('right schmorl');
    expect(findingFromEntry(matchEntries(parsed)[0]!, parsed, 'L2-L3', 'f1', 'right schmorl')).toEqual({ id: 'f1', level: 'L2', type: 'schmorl-node' });
    const modic = parseQuery('left modic 1');
    expect(findingFromEntry(matchEntries(modic)[0]!, modic, 'L5-S1', 'f2', '')).toEqual({ id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' });
  });
});
