import { describe, expect, it } from 'vitest';
import { WriteLock } from '../../../../../main/services/dicom/write-lock.ts';

describe('WriteLock', () => {
  it('runs a write and lets the next one in', () => {
    const buffer = WriteLock.create();
    const lock = new WriteLock(buffer);
    expect(lock.run(() => 1)).toBe(1);
    expect(() => lock.run(() => { throw new Error('write failed'); })).toThrow('write failed');
    expect(new WriteLock(buffer).run(() => 2)).toBe(2);
  });

  it('gives up on a lock held by a writer that never lets go', () => {
    const buffer = WriteLock.create();
    new Int32Array(buffer)[0] = 1; // held by a writer that died
    expect(() => new WriteLock(buffer, 150).run(() => 'never')).toThrow(/held the write lock for too long/);
  });
});
