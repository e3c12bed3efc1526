import { describe, expect, it } from 'vitest';
import { CONCEPTS, DISC_SITE, LATERALITY, PRIVATE_SCHEME } from '../../../../../../main/services/export/sr/codes.ts';
import { findingTypeCode, LABEL_CODES } from '../../../../../../main/services/export/sr/finding-codes.ts';
import { writeSpineSr, type SpineSrInput } from '../../../../../../main/services/export/sr/index.ts';
import { correlate } from '../../../../../../shared/correlation/index.ts';
import { FINDING_TYPES } from '../../../../../../shared/domain/index.ts';
import { draftReport } from '../../../../../../shared/report/index.ts';
import { findingOfEveryType } from '../../../../shared/domain/example-cases.ts';
import { caseOf, correlationOf, label, radicularCase, radicularCorrelation } from '../../../../shared/report/scenarios.ts';
import { checkSr } from './dicom-checks.ts';

const MR_IMAGE = '1.2.840.10008.5.1.4.1.1.4';

function radicularInput(overrides: Partial<SpineSrInput> = {}): SpineSrInput {
  return {
    case: radicularCase,
    correlation: radicularCorrelation,
    report: { sections: draftReport(radicularCase, radicularCorrelation).sections, signedBy: 'Dr Ada Reader', signedAt: new Date('2026-02-01T10:00:00Z'), organization: 'Spine Imaging' },
    study: { studyInstanceUID: '1.2.826.0.1.3680043.8.498.77', studyDate: '20260131', studyTime: '101500', studyId: '1', accessionNumber: 'ACC1', patientName: 'Test^Patient', patientId: 'P1', patientSex: 'M' },
    images: [{ sopInstanceUID: '1.2.3.1.7', sopClassUID: MR_IMAGE, seriesInstanceUID: '1.2.3.1' }],
    ...overrides,
  };
}

function expectClean(checks: ReturnType<typeof checkSr>): void {
  expect(checks.iodErrors).toEqual([]);
  expect(checks.dsrdumpErrors).toEqual([]);
  expect(checks.dsrdumpStatus).toBe(0);
}

describe('writeSpineSr: a signed report as a TID 1500 Comprehensive SR', () => {
  const result = writeSpineSr(radicularInput(), { sopInstanceUID: '2.25.1001', seriesInstanceUID: '2.25.1002' });
  const checks = checkSr(result.bytes);

  it('passes dciodvfy and dsrdump without an error', () => {
    expectClean(checks);
    expect(checks.tree).toContain('Comprehensive SR Document');
    expect(result.warnings).toEqual([]);
  });

  it('has the TID 1500 root, language, the signing radiologist as observer and verifier, and the procedure', () => {
    expect(checks.tree).toContain('<CONTAINER:(,,"Imaging Measurement Report")=SEPARATE>');
    expect(checks.tree).toContain('(en,RFC5646,"English")');
    expect(checks.tree).toContain('<has obs context PNAME:(,,"Person Observer Name")="Reader^Ada^^Dr">');
    expect(checks.tree).toMatch(/Verification Flag\s+: VERIFIED/);
    expect(checks.tree).toMatch(/Completion Flag\s+: COMPLETE/);
    expect(checks.tree).toContain('<has concept mod CODE:(,,"Procedure reported")=(24968-0,LN,"MR Lumbar spine")>');
    expect(checks.dump).toContain('(0040,db00) CS [1500]');
  });

  it('reads every finding back: tracking ids, coded finding, disc site with laterality and zone, grades, label', () => {
    for (const finding of radicularCase.findings) {
      expect(checks.tree).toMatch(new RegExp(`"Tracking Identifier"\\)="Finding ${finding.id}: `));
    }
    expect(checks.tree.match(/"Measurement Group"/g)).toHaveLength(radicularCase.findings.length);
    expect(checks.tree).toContain('<contains CODE:(,,"Finding")=(73589001,SCT,"Herniation of intervertebral disc")>');
    expect(checks.tree).toContain('<has concept mod CODE:(,,"Finding Site")=(84020006,SCT,"L4-L5 intervertebral disc")>');
    expect(checks.tree).toContain('<has concept mod CODE:(,,"Laterality")=(7771000,SCT,"Left")>');
    expect(checks.tree).toContain('<has concept mod CODE:(,,"Topographical modifier")=(SUBARTICULAR,99SPINECORRELATE,"Subarticular zone")>');
    expect(checks.tree).toContain('<contains CODE:(,,"Nerve root compromise (Pfirrmann 2004)")=(COMPRESSION,99SPINECORRELATE,"Compression")>');
    expect(checks.tree).toContain('<contains CODE:(,,"Pfirrmann disc degeneration grade")=(PFIRRMANN-4,99SPINECORRELATE,"Pfirrmann grade IV")>');
    expect(checks.tree).toContain('<contains CODE:(,,"Symptom-imaging correlation label")=(LIKELY-PAIN-GEN,99SPINECORRELATE,"Likely pain generator")>');
    expect(checks.tree).toContain('="concordant with the left L5 radiculopathy">');
    expect(checks.tree).toContain('<has concept mod CODE:(,,"Finding Site")=(715056000,SCT,"L5-S1 intervertebral disc")>');
  });

  it('references the anchored image with a point on it, in the image library and the evidence sequence', () => {
    expect(checks.tree).toContain('<contains IMAGE:(,,"Source of Measurement")=(MR image,"1.2.3.1.7")>');
    expect(checks.tree).toContain('<contains SCOORD:(,,"Image Region")=(POINT,120/88)>');
    expect(checks.tree).toContain('<selected from IMAGE:=(MR image,"1.2.3.1.7")>');
    expect(checks.tree).toMatch(/"Image Library Group"\)=SEPARATE>\n\s+<contains IMAGE:=\(MR image,"1\.2\.3\.1\.7"\)>/);
    expect(checks.dump).toMatch(/\(0040,a375\) SQ/); // Current Requested Procedure Evidence Sequence
  });

  it('carries the report text and the ruleset', () => {
    expect(checks.tree).toContain('<contains TEXT:(,,"Impressions")="1. Likely pain generator: left L4–L5 subarticular extrusion compressing the traversing left L5 root, concordant with the left L5 radiculopathy.\\n2. Possibly contributory: L4–L5 disc degeneration (Pfirrmann IV).');
    expect(checks.tree).toContain('<contains TEXT:(,,"Indications for Procedure")="38-year-old man');
    expect(checks.tree).toContain('<contains TEXT:(,,"Correlation ruleset version")="test-rules@1.0.0">');
  });

  it('declares its private coding scheme', () => {
    expect(checks.dump).toContain(`[${PRIVATE_SCHEME.designator}]`);
    expect(checks.dump).toContain(`[${PRIVATE_SCHEME.uid}]`);
  });
});

describe('writeSpineSr: every finding type, every label, an override, a draft', () => {
  const everyType = caseOf({ patient: { age: 70, sex: 'F' }, clinical: { legPain: [{ side: 'left', roots: ['L5'] }] }, findings: findingOfEveryType as never });
  const correlation = correlate(everyType);

  it('is valid and reads back all nineteen types, unsigned as PARTIAL/UNVERIFIED with a device observer', () => {
    const result = writeSpineSr({
      case: everyType,
      correlation,
      labelOverrides: { a: { label: 'likely-pain-generator', reason: 'Discogenic pain pattern' } },
      report: { sections: draftReport(everyType, correlation).sections },
      study: { studyInstanceUID: '1.2.3.4' },
      images: [],
    });
    const checks = checkSr(result.bytes);
    expectClean(checks);
    expect(checks.tree.match(/"Measurement Group"/g)).toHaveLength(findingOfEveryType.length);
    for (const finding of everyType.findings) {
      const code = findingTypeCode(finding.type);
      expect(checks.tree).toContain(`<contains CODE:(,,"Finding")=(${code.value},${code.scheme},"${code.meaning}")>`);
      expect(checks.tree).toMatch(new RegExp(`"Tracking Identifier"\\)="Finding ${finding.id}: `));
    }
    for (const entry of correlation.findings) expect(checks.tree).toContain(`(${LABEL_CODES[entry.label].value},99SPINECORRELATE,"${LABEL_CODES[entry.label].meaning}")`);
    expect(checks.tree).toContain('<contains CODE:(,,"Label set by the radiologist")=(LIKELY-PAIN-GEN,99SPINECORRELATE,"Likely pain generator")>');
    expect(checks.tree).toContain('<contains NUM:(,,"Facet joint effusion")="2.5" (mm,UCUM,"millimeter")>');
    expect(checks.tree).toMatch(/Verification Flag\s+: UNVERIFIED/);
    expect(checks.tree).toContain('<has obs context CODE:(,,"Observer Type")=(121007,DCM,"Device")>');
  });

  it('reports an anchor whose image is not in the index, without patient data, and leaves the reference out', () => {
    const result = writeSpineSr(radicularInput({ images: [] }));
    expect(result.warnings).toEqual(['The image anchoring finding f1 is not in the index; the SR leaves its image reference out.']);
    const checks = checkSr(result.bytes);
    expectClean(checks);
    expect(checks.tree).not.toContain('SCOORD');
  });
});

describe('writeSpineSr: hooks for the research export', () => {
  it('passes every instance UID through mapUid, file meta and references included, and can leave free text out', () => {
    const mapped = new Map<string, string>();
    const mapUid = (uid: string) => {
      if (!mapped.has(uid)) mapped.set(uid, `2.25.${900000 + mapped.size}`);
      return mapped.get(uid)!;
    };
    const result = writeSpineSr(
      radicularInput({ predecessor: { studyInstanceUID: '1.2.826.0.1.3680043.8.498.77', seriesInstanceUID: '2.25.7', sopInstanceUID: '2.25.8' } }),
      { sopInstanceUID: '2.25.1001', seriesInstanceUID: '2.25.1002', mapUid, includeReportText: false, includeNotes: false },
    );
    const text = Buffer.from(result.bytes).toString('latin1');
    for (const original of ['1.2.826.0.1.3680043.8.498.77', '1.2.3.1.7', '2.25.1001', '2.25.1002', '2.25.8']) expect(text).not.toContain(original);
    expect(result.sopInstanceUID).toBe(mapUid('2.25.1001'));
    const checks = checkSr(result.bytes);
    expectClean(checks);
    expect(checks.dump).toContain(`(0002,0003) UI [${mapUid('2.25.1001')}]`);
    expect(checks.dump).toContain(`(0020,000d) UI [${mapUid('1.2.826.0.1.3680043.8.498.77')}]`);
    expect(checks.tree).toContain(`=(MR image,"${mapUid('1.2.3.1.7')}")`);
    expect(checks.dump).toMatch(/\(0040,a360\) SQ/); // Predecessor Documents Sequence
    expect(checks.tree).not.toContain('"Impressions"');
    expect(checks.tree).toContain('"Tracking Identifier"');
  });

  it('keeps tracking UIDs stable for the same SR UID, so re-exports agree', () => {
    const first = checkSr(writeSpineSr(radicularInput(), { sopInstanceUID: '2.25.55' }).bytes).tree;
    const again = checkSr(writeSpineSr(radicularInput(), { sopInstanceUID: '2.25.55' }).bytes).tree;
    const uids = (tree: string) => tree.match(/"Tracking Unique Identifier"\)="[0-9.]+"/g);
    expect(uids(first)).toEqual(uids(again));
    expect(uids(first)).toHaveLength(radicularCase.findings.length);
  });
});

describe('the code table', () => {
  it('keeps every code value within 16 characters and every meaning within 64, one meaning per private code', () => {
    const codes = [...Object.values(CONCEPTS), ...Object.values(DISC_SITE), ...Object.values(LATERALITY), ...Object.values(LABEL_CODES), ...FINDING_TYPES.map(findingTypeCode)];
    const meanings = new Map<string, string>();
    for (const code of codes) {
      expect(code.value.length).toBeLessThanOrEqual(16);
      expect(code.meaning.length).toBeLessThanOrEqual(64);
      expect(code.source.length).toBeGreaterThan(0);
      const key = `${code.scheme}:${code.value}`;
      if (meanings.has(key)) expect(meanings.get(key)).toBe(code.meaning);
      meanings.set(key, code.meaning);
    }
  });

  it('uses the CID 7604 disc codes of the standards notes for T12–L1 to L5–S1', () => {
    expect(['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'].map((level) => DISC_SITE[level as keyof typeof DISC_SITE].value)).toEqual([
      '76206002', '80064006', '67459009', '62551000', '84020006', '715056000',
    ]);
  });

  it('labels every correlation label', () => {
    expect(correlationOf([label('x', 'urgent-red-flag')]).findings[0]!.label in LABEL_CODES).toBe(true);
  });
});
