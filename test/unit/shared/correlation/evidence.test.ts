import { describe, expect, it } from 'vitest';
import { EVIDENCE, EVIDENCE_IDS, figureLines, type Figure } from '../../../../shared/correlation/index.ts';

/** Compilations the knowledge file gives without a year. */
const UNDATED: string[] = ['root-anatomy', 'root-signs', 'bmj-best-practice-ces'];

function scalars(figure: Figure): (string | number)[] {
  return typeof figure === 'object' ? Object.values(figure).flatMap(scalars) : [figure];
}

describe('the evidence table', () => {
  it('has a full citation, a section and a reading status for every entry', () => {
    expect(EVIDENCE_IDS.length).toBeGreaterThan(30);
    for (const id of EVIDENCE_IDS) {
      const entry = EVIDENCE[id];
      expect(entry.citation.length, id).toBeGreaterThan(25);
      if (!UNDATED.includes(id)) expect(entry.citation, id).toMatch(/(19|20)\d\d/);
      expect(entry.section, id).not.toBe('');
      expect(entry.status, id).toMatch(/\[[VAM]\]/);
    }
  });

  it('holds every figure under a cited entry, with no empty or non-finite value', () => {
    for (const id of EVIDENCE_IDS) {
      const values = scalars(EVIDENCE[id].figures as Figure);
      expect(values.length, id).toBeGreaterThan(0);
      for (const value of values) {
        if (typeof value === 'number') expect(Number.isFinite(value), `${id}: ${value}`).toBe(true);
        else expect(value.trim(), id).not.toBe('');
      }
    }
  });

  it('uses stable kebab-case ids with a year where the source has one', () => {
    for (const id of EVIDENCE_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(EVIDENCE_IDS).toEqual(expect.arrayContaining(['brinjikji-2015-prevalence', 'brinjikji-2015-or', 'jensen-1994', 'jarvik-2001', 'jarvik-2005', 'boden-1990', 'kalichman-2009', 'jensen-ts-2008', 'herlin-2018', 'pfirrmann-2004', 'suri-2010', 'downie-2013', 'patel-2014', 'doyle-2004', 'chiu-2015', 'root-anatomy', 'acr-2021-low-back-pain', 'nice-ng59', 'nice-qs155', 'kvistad-2010', 'balza-2023', 'iordanova-2010', 'hss-2009', 'lbp-imaging-guidance-2020']));
  });

  it('copies key figures exactly from clinical-knowledge.md', () => {
    const text = (id: keyof typeof EVIDENCE) => JSON.stringify(EVIDENCE[id].figures);
    expect(text('brinjikji-2015-or')).toContain('"Disc extrusion":{"OR":4.38,"95% CI":"1.98–9.68","P":"<.01"}');
    expect(text('brinjikji-2015-or')).toContain('"Modic type 1":{"OR":4.01,"95% CI":"1.10–14.55","P":".04"}');
    expect(text('brinjikji-2015-prevalence')).toContain('"Disc bulge":{"20 y":30,"30 y":40,"40 y":50,"50 y":60,"60 y":69,"70 y":77,"80 y":84}');
    expect(text('suri-2010')).toContain('"absence of neurogenic claudication":0.23');
    expect(text('jensen-1994')).toContain('"extrusion (%)":1');
    expect(text('jarvik-2001')).toContain('"≥1 extrusion (%)":6');
    expect(text('patel-2014')).toContain('93–100');
  });

  it('says NOT FOUND or [M] where the knowledge file does', () => {
    expect(EVIDENCE['brinjikji-2015-or'].note).toMatch(/NOT FOUND/);
    expect(EVIDENCE['lire-2020'].note).toMatch(/NOT FOUND/);
    expect(EVIDENCE['balza-2023'].note).toMatch(/NOT FOUND/);
    expect(EVIDENCE['downie-2013'].note).toMatch(/NOT FOUND/);
    expect(EVIDENCE['lattig-2012'].status).toMatch(/\[M\]/);
    expect(EVIDENCE['brinjikji-2015-prevalence'].note).toMatch(/model extrapolation/);
  });

  it('renders figures as plain lines', () => {
    const lines = figureLines(EVIDENCE['brinjikji-2015-or'].figures);
    expect(lines).toContain('  Disc extrusion: OR 4.38; 95% CI 1.98–9.68; P <.01');
    expect(figureLines(EVIDENCE['brinjikji-2015-prevalence'].figures)).toContain('  Facet degeneration: 20 y 4; 30 y 9; 40 y 18; 50 y 32; 60 y 50; 70 y 69; 80 y 83');
  });
});
