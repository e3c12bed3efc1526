import { describe, expect, it } from 'vitest';
import { planeOf, sliceNormal, slicePosition, sliceStack } from '../../../../../main/services/dicom/geometry.ts';
import { weightingOf, type SequenceFacts } from '../../../../../main/services/dicom/weighting.ts';

function tilted(degrees: number): number[] {
  // An axial plane tilted about the patient's left-right axis.
  const a = (degrees * Math.PI) / 180;
  return [1, 0, 0, 0, Math.cos(a), -Math.sin(a)];
}

describe('planeOf', () => {
  it('names the plane after the axis of its normal', () => {
    expect(planeOf([0, 1, 0, 0, 0, -1])).toBe('sagittal');
    expect(planeOf([1, 0, 0, 0, 1, 0])).toBe('axial');
    expect(planeOf([1, 0, 0, 0, 0, -1])).toBe('coronal');
  });

  it('keeps a disc-parallel axial tilted up to 35° axial and calls steeper planes oblique', () => {
    expect(planeOf(tilted(25))).toBe('axial');
    expect(planeOf(tilted(34.9))).toBe('axial');
    expect(planeOf(tilted(36))).toBe('oblique');
    expect(planeOf(tilted(45))).toBe('oblique');
  });

  it('is unknown without a usable orientation', () => {
    expect(planeOf(null)).toBe('unknown');
    expect(planeOf([0, 0, 0, 0, 0, 0])).toBe('unknown');
    expect(planeOf([1, 0, 0])).toBe('unknown');
  });
});

describe('slice geometry', () => {
  it('places a slice along the normal and counts distinct positions with their mean spacing', () => {
    const n = sliceNormal([0, 1, 0, 0, 0, -1]);
    expect(n).toEqual([-1, 0, 0]);
    expect(slicePosition([12, -150, 100], n)).toBe(-12);
    expect(sliceStack([0, 4, 8, 8.001, 12])).toEqual({ sliceCount: 4, spacingMm: 4 });
    expect(sliceStack([3])).toEqual({ sliceCount: 1, spacingMm: null });
  });
});

const facts = (overrides: Partial<SequenceFacts>): SequenceFacts => ({
  modality: 'MR',
  seriesDescription: '',
  protocolName: '',
  sequenceName: '',
  scanningSequence: ['SE'],
  repetitionTimeMs: null,
  echoTimeMs: null,
  inversionTimeMs: null,
  ...overrides,
});

describe('weightingOf', () => {
  it('takes the weighting from the words of description, protocol, then sequence name', () => {
    expect(weightingOf(facts({ seriesDescription: 'SAG T1 TSE' }))).toBe('T1');
    expect(weightingOf(facts({ seriesDescription: 't2_tse_sag' }))).toBe('T2');
    expect(weightingOf(facts({ seriesDescription: 'SAG T2 STIR' }))).toBe('STIR');
    expect(weightingOf(facts({ seriesDescription: 'sag', protocolName: 't2_tirm_sag' }))).toBe('STIR');
    expect(weightingOf(facts({ seriesDescription: 'SAG T1W FLAIR' }))).toBe('T1');
  });

  it('does not read thoracic levels (T10–T12) as T1', () => {
    expect(weightingOf(facts({ seriesDescription: 'AX T12-L1', repetitionTimeMs: 4000, echoTimeMs: 100 }))).toBe('T2');
  });

  it('falls back to TR, TE and TI with the documented thresholds', () => {
    expect(weightingOf(facts({ repetitionTimeMs: 550, echoTimeMs: 10 }))).toBe('T1');
    expect(weightingOf(facts({ repetitionTimeMs: 3500, echoTimeMs: 100 }))).toBe('T2');
    expect(weightingOf(facts({ repetitionTimeMs: 3000, echoTimeMs: 20 }))).toBe('other'); // proton density
    expect(weightingOf(facts({ scanningSequence: ['IR', 'SE'], repetitionTimeMs: 4000, echoTimeMs: 60, inversionTimeMs: 150 }))).toBe('STIR');
    expect(weightingOf(facts({ scanningSequence: ['IR', 'SE'], repetitionTimeMs: 5000, echoTimeMs: 60, inversionTimeMs: 230 }))).toBe('STIR');
    expect(weightingOf(facts({ scanningSequence: ['IR', 'SE'], repetitionTimeMs: 9000, echoTimeMs: 120, inversionTimeMs: 2500 }))).toBe('T2');
    expect(weightingOf(facts({ scanningSequence: ['IR', 'SE'], repetitionTimeMs: 2000, echoTimeMs: 10, inversionTimeMs: 860 }))).toBe('T1');
    expect(weightingOf(facts({ scanningSequence: ['GR'], repetitionTimeMs: 500, echoTimeMs: 15 }))).toBe('other');
    expect(weightingOf(facts({}))).toBe('other');
  });

  it('calls anything but MR other', () => {
    expect(weightingOf(facts({ modality: 'CT', seriesDescription: 'T1' }))).toBe('other');
  });
});
