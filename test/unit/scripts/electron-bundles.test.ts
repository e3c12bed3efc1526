import { build } from 'esbuild';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PdfReportInput } from '../../../main/services/report/pdf/report-pdf.ts';
import { BUNDLED_FONT_DIR, packagedFontPath, reportFontFiles } from '../../../main/services/report/pdf/fonts/report-fonts.ts';
import { BUNDLES, ESM_BANNER, buildElectronBundles, copyReportFonts } from '../../../scripts/electron-bundles.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';
import { pdfFonts, pdfText } from '../main/services/report/pdf-text.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const tempDir = useTempDir();
let outDir = '';

beforeAll(async () => {
  // useTempDir cleans up after each test; this folder lives for the whole file.
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-bundles-'));
  await buildElectronBundles({ root, outDir });
  return () => fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the Electron bundles', () => {
  it('load the preload as one self-contained script in a sandbox that offers only electron', () => {
    const exposed: Record<string, unknown> = {};
    const sent: unknown[][] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke: (...args: unknown[]) => sent.push(args) },
      webUtils: { getPathForFile: () => '/dropped' },
    };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require '${name}'`);
    };
    const source = fs.readFileSync(path.join(outDir, BUNDLES.preload), 'utf8');
    const module = { exports: {} };
    vm.runInNewContext(source, { require: sandboxRequire, module, exports: module.exports });
    const spine = exposed.spine as { invoke(c: string, p: unknown): unknown; pathForFile(f: unknown): string };
    expect(Object.keys(spine).sort()).toEqual(['invoke', 'pathForFile']);
    spine.invoke('app.info', {});
    expect(sent).toEqual([['spine:rpc', 'app.info', {}]]);
    expect(spine.pathForFile({})).toBe('/dropped');
  });

  it('leave only electron, better-sqlite3 and Node built-ins to be loaded at run time', () => {
    const source = fs.readFileSync(path.join(outDir, BUNDLES.main), 'utf8');
    const specifiers = new Set([...source.matchAll(/^import .*? from ["']([^"']+)["'];?$/gm)].map((match) => match[1]!));
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const foreign = [...specifiers].filter((name) => !builtins.has(name) && name !== 'electron' && name !== 'better-sqlite3');
    expect(specifiers).toContain('electron');
    expect(specifiers).toContain('better-sqlite3');
    expect(foreign).toEqual([]);
  });

  it('carry the report fonts and their licences beside them, as in their packages', () => {
    const { fonts, licences } = reportFontFiles();
    expect(fonts.length).toBeGreaterThan(10);
    for (const file of [...fonts, ...licences]) {
      expect(fs.readFileSync(path.join(outDir, BUNDLED_FONT_DIR, file.name)).equals(fs.readFileSync(packagedFontPath(file))), file.name).toBe(true);
    }
  });

  it('write the report PDF in every script from the fonts in dist/main/fonts, with no node_modules in reach', async () => {
    const fakeRoot = tempDir();
    const distMain = path.join(fakeRoot, 'dist', 'main');
    const probe = path.join(distMain, 'probe.mjs');
    await build({ absWorkingDir: root, entryPoints: ['main/services/report/pdf/report-pdf.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node24', banner: { js: ESM_BANNER }, outfile: probe, logLevel: 'silent' });
    copyReportFonts(distMain);
    const { renderReportPdf } = (await import(pathToFileURL(probe).href)) as { renderReportPdf(input: PdfReportInput): Promise<Buffer> };
    const names = 'Buc^Jérôme 山田^太郎 홍^길동 Пушкин Γιωργος שרון قباني ภาษาไทย';
    const pdf = await renderReportPdf({
      pageSize: 'A4', study: { patientName: 'Yamada^Tarou=山田^太郎' }, phase: 'drafting', sections: [{ id: 'findings', title: 'Findings', text: names }],
      signature: null, addenda: [], keyImages: [], ruleset: 'r', generatedAt: new Date(),
    });
    for (const word of names.split(' ')) expect(pdfText(pdf)).toContain(word);
    const fonts = new Set(pdfFonts(pdf).map((font) => font.name));
    for (const font of ['Arimo-Regular', 'Arimo-Bold', 'DejaVuSans', 'NotoSansThai-Regular', 'SourceHanSans-Regular']) expect(fonts).toContain(font);
  });

  it('keep main/services/paths.ts finding the app root from two levels below it', async () => {
    const fakeRoot = tempDir();
    const probe = path.join(fakeRoot, 'dist', 'main', 'probe.mjs');
    await build({ absWorkingDir: root, entryPoints: ['main/services/paths.ts'], bundle: true, platform: 'node', format: 'esm', outfile: probe, logLevel: 'silent' });
    const paths = (await import(pathToFileURL(probe).href)) as { appRoot: string; rendererBuildDir: string };
    expect(paths.appRoot).toBe(fakeRoot);
    expect(paths.rendererBuildDir).toBe(path.join(fakeRoot, 'dist', 'renderer'));
  });
});
