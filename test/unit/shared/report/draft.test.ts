import { describe, expect, it } from 'vitest';
import { draftReport, reportPlainText, URGENT_LINE, type ReportDocument, type SectionId } from '../../../../shared/report/index.ts';
import { caseOf, correlationOf, label, radicularCase, radicularCorrelation } from './scenarios.ts';

function section(document: ReportDocument, id: SectionId): string {
  const found = document.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found.text;
}

describe('draftReport: left L5 radiculopathy from a left L4–L5 subarticular extrusion', () => {
  const report = draftReport(radicularCase, radicularCorrelation, {
    technique: { series: [{ plane: 'sagittal', weighting: 'T2' }, { plane: 'axial', weighting: 'T2' }, { plane: 'sagittal', weighting: 'T1' }], fieldStrengthTesla: 1.5 },
  });

  it('has the five sections with stable ids, in order', () => {
    expect(report.sections.map((s) => s.id)).toEqual(['indication', 'technique', 'findings', 'other-findings', 'impression']);
    expect(report.ruleset).toBe('test-rules@1.0.0');
  });

  it('states the clinical picture in words', () => {
    expect(section(report, 'indication')).toBe(
      '38-year-old man with low back pain and left leg pain below the knee in the L5 dermatome, for 6 weeks. No neurogenic claudication. ' +
        'Left L5 motor and sensory deficit. Straight leg raise positive on the left and negative on the right; crossed straight leg raise negative. ' +
        'No red flags recorded. No prior spinal surgery.',
    );
  });

  it('lists the technique by plane, T1 before T2', () => {
    expect(section(report, 'technique')).toBe('MRI of the lumbar spine at 1.5 T: sagittal T1 and T2; axial T2.');
  });

  it('reports level by level, normal levels in one line', () => {
    expect(section(report, 'findings')).toBe(
      [
        'T12–L1 to L3–L4: normal disc height and signal; no canal or foraminal narrowing.',
        'L4–L5: Disc degeneration (Pfirrmann IV) with mild loss of disc height and loss of T2 signal. Left subarticular disc extrusion compressing the traversing left L5 root. No canal or foraminal narrowing.',
        'L5–S1: Circumferential disc bulge. Annular fissure with a high-intensity zone. No canal or foraminal narrowing.',
      ].join('\n'),
    );
  });

  it('says alignment, marrow and conus in Other findings', () => {
    expect(section(report, 'other-findings')).toBe(
      'Alignment: no spondylolisthesis.\nVertebrae and marrow: vertebral body heights preserved; no marrow-replacing lesion.\nConus and cauda equina: no abnormality recorded.',
    );
  });

  it('ranks the impression: pain generator with its concordance, then contributory, then incidental under the epidemiology statement', () => {
    expect(section(report, 'impression')).toBe(
      [
        '1. Likely pain generator: left L4–L5 subarticular extrusion compressing the traversing left L5 root, concordant with the left L5 radiculopathy.',
        '2. Possibly contributory: L4–L5 disc degeneration (Pfirrmann IV).',
        '3. Probably incidental: L5–S1 circumferential disc bulge; L5–S1 annular fissure with a high-intensity zone. In people aged 38 without back pain, disc bulges are seen in about 50% and annular fissures in about 22%.',
      ].join('\n'),
    );
  });

  it('does not depend on the order the case lists its findings in', () => {
    const shuffled = { ...radicularCase, findings: [...radicularCase.findings].reverse() };
    expect(draftReport(shuffled, radicularCorrelation)).toEqual(draftReport(radicularCase, radicularCorrelation));
  });
});

describe('draftReport: urgent red flags come first, with the line that they need communicating now', () => {
  const caudaEquina = caseOf({
    patient: { age: 52, sex: 'F' },
    clinical: { durationWeeks: 1, axialPain: true, legPain: [{ side: 'bilateral', roots: [] }], redFlags: ['urinary-retention', 'saddle-anaesthesia'] },
    findings: [
      { id: 'ce', level: 'L4-L5', type: 'disc-herniation', side: 'midline', zone: 'central', morphology: 'extrusion', canalCompromise: 'severe', caudaEquinaCompression: true },
      { id: 'mod', level: 'L5-S1', type: 'modic', modicType: '2' },
    ],
  });
  const correlation = correlationOf([label('ce', 'urgent-red-flag'), label('mod', 'probably-incidental')]);
  const report = draftReport(caudaEquina, correlation);

  it('opens the impression with the urgent line and the urgent finding', () => {
    expect(section(report, 'impression').split('\n')).toEqual([
      URGENT_LINE,
      '1. Urgent red flag: L4–L5 central extrusion compressing the cauda equina.',
      '2. Probably incidental: L5–S1 Modic type 2 endplate changes.',
    ]);
    expect(URGENT_LINE).toBe('URGENT: the red-flag findings below need communicating to the referring clinician now.');
  });

  it('names the red flags and the compressed cauda equina', () => {
    expect(section(report, 'indication')).toBe(
      '52-year-old woman with low back pain and bilateral leg pain, for 1 week. Red flags: urinary retention and saddle anaesthesia. ' +
        'Not stated: neurogenic claudication, neurological examination, straight leg raise and prior surgery.',
    );
    expect(section(report, 'findings')).toContain('L4–L5: Central disc extrusion compressing the cauda equina; severe compromise of the central canal. No foraminal narrowing.');
    expect(section(report, 'other-findings')).toContain('Conus and cauda equina: compression at L4–L5 (see above).');
  });

  it('lists clinical red flags the engine could not explain after the urgent findings', () => {
    const withDetails = correlationOf([label('ce', 'probably-incidental'), label('mod', 'probably-incidental')], {
      redFlagDetails: [{ kind: 'clinical', findingIds: [], flag: 'cancer-history', explained: false, message: 'History of cancer with no imaging explanation on this study' }],
    });
    expect(section(draftReport(caudaEquina, withDetails), 'impression').split('\n')[0]).toBe('1. History of cancer with no imaging explanation on this study.');
  });
});

describe('draftReport: other scenarios', () => {
  it('ties central stenosis to neurogenic claudication', () => {
    const stenosis = caseOf({
      patient: { age: 71, sex: 'M' },
      clinical: { neurogenicClaudication: true, durationWeeks: 30 },
      findings: [
        { id: 's', level: 'L4-L5', type: 'central-stenosis', grade: 'severe', schizas: 'C' },
        { id: 'l', level: 'L4-L5', type: 'spondylolisthesis', direction: 'antero', meyerding: 1, percent: 18, etiology: 'degenerative' },
      ],
    });
    const report = draftReport(stenosis, correlationOf([label('s', 'likely-pain-generator'), label('l', 'possibly-contributory')]));
    expect(section(report, 'impression').split('\n')).toEqual([
      '1. Likely pain generator: severe L4–L5 central canal stenosis (Schizas C), concordant with the neurogenic claudication.',
      '2. Possibly contributory: grade I degenerative anterolisthesis of L4 on L5, concordant with the neurogenic claudication.',
    ]);
    expect(section(report, 'findings')).toContain('L4–L5: Severe central canal stenosis (Schizas C). No foraminal narrowing.');
    expect(section(report, 'other-findings')).toContain('Alignment: Grade I degenerative anterolisthesis of L4 on L5 (18%).');
  });

  it('drafts a normal study', () => {
    const normal = caseOf({ patient: { age: 30, sex: 'F' }, clinical: { axialPain: true, durationWeeks: 10, redFlags: [] }, findings: [] });
    const report = draftReport(normal, correlationOf([]));
    expect(section(report, 'findings')).toBe('T12–L1 to L5–S1: normal disc height and signal; no canal or foraminal narrowing.');
    expect(section(report, 'impression')).toBe('1. No abnormality of the lumbar spine.');
  });

  it('says what the clinical picture does not state, and never guesses it', () => {
    const bare = caseOf({ findings: [{ id: 'b', level: 'L3-L4', type: 'disc-bulge' }] });
    const report = draftReport(bare, correlationOf([label('b', 'probably-incidental')]));
    expect(section(report, 'indication')).toBe(
      'Patient. Not stated: age, symptom duration, pain distribution, neurogenic claudication, neurological examination, straight leg raise, red flags and prior surgery.',
    );
    expect(section(report, 'impression').split('\n')).toEqual([
      '1. Probably incidental: L3–L4 disc bulge.',
      '2. No clinical information was recorded, so no finding is labelled a likely pain generator.',
    ]);
  });

  it("uses the radiologist's label override in place of the engine's", () => {
    const report = draftReport(radicularCase, radicularCorrelation, { labelOverrides: { f4: { label: 'possibly-contributory', reason: 'HIZ at the painful level' } } });
    expect(section(report, 'impression')).toContain('2. Possibly contributory: L4–L5 disc degeneration (Pfirrmann IV); L5–S1 annular fissure with a high-intensity zone.');
    expect(section(report, 'impression')).toContain('3. Probably incidental: L5–S1 circumferential disc bulge. In people aged 38');
  });

  it('follows a sixth lumbar-type vertebra down to L6–S1', () => {
    const six = caseOf({ findings: [{ id: 'x', level: 'L6-S1', type: 'disc-bulge' }] });
    const findings = section(draftReport(six, correlationOf([label('x', 'probably-incidental')])), 'findings');
    expect(findings.split('\n')).toEqual([
      'T12–L1 to L5–L6: normal disc height and signal; no canal or foraminal narrowing.',
      'L6–S1: Disc bulge. No canal or foraminal narrowing.',
    ]);
    const declared = section(draftReport(caseOf({ findings: [] }), correlationOf([]), { sixLumbar: true }), 'findings');
    expect(declared).toBe('T12–L1 to L6–S1: normal disc height and signal; no canal or foraminal narrowing.');
  });

  it('puts foraminal lesions against the exiting root and keeps the canal statement', () => {
    const foraminal = caseOf({
      clinical: { legPain: [{ side: 'right', roots: ['L4'] }] },
      findings: [
        { id: 'h', level: 'L4-L5', type: 'disc-herniation', side: 'right', zone: 'foraminal', morphology: 'protrusion', rootCompromise: { grade: 'deviation' } },
        { id: 'fs', level: 'L4-L5', type: 'foraminal-stenosis', side: 'right', grade: 3 },
      ],
    });
    const report = draftReport(foraminal, correlationOf([label('h', 'likely-pain-generator', { root: 'L4', side: 'right', matches: true }), label('fs', 'likely-pain-generator')]));
    expect(section(report, 'findings')).toContain(
      'L4–L5: Right foraminal disc protrusion displacing the exiting right L4 root. Severe right foraminal stenosis, with morphologic change of the exiting right L4 root (Lee 3). No canal narrowing.',
    );
    expect(section(report, 'impression')).toContain('1. Likely pain generator: right L4–L5 foraminal protrusion displacing the exiting right L4 root, concordant with the right L4 radicular pain.');
  });
});

describe('reportPlainText', () => {
  it('prints the title lines, then each section under its title in capitals', () => {
    const text = reportPlainText(draftReport(radicularCase, radicularCorrelation), { title: 'MRI LUMBAR SPINE', lines: ['Study date: 2026-01-31'] });
    expect(text.startsWith('MRI LUMBAR SPINE\nStudy date: 2026-01-31\n\nCLINICAL INDICATION\n38-year-old man')).toBe(true);
    expect(text).toContain('\n\nIMPRESSION\n1. Likely pain generator: left L4–L5 subarticular extrusion');
    expect(text.endsWith('22%.\n')).toBe(true);
  });
});
