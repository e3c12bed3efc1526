import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv } from '../../../../main/app/launch-options.ts';

const home = { HOME: '/home/u', XDG_CONFIG_HOME: '/home/u/.config' };

describe('dataDirFromArgv', () => {
  it('takes --data-dir in either form, wherever Electron put it', () => {
    expect(dataDirFromArgv(['/opt/electron', '.', '--data-dir', '/srv/cases'], home, 'linux')).toBe('/srv/cases');
    expect(dataDirFromArgv(['/opt/SpineCorrelate', '--data-dir=/srv/cases', '--no-sandbox'], home, 'linux')).toBe('/srv/cases');
    expect(dataDirFromArgv(['electron', '.', '--data-dir=relative'], home, 'linux')).toBe(path.resolve('relative'));
  });

  it('prefers the flag over $SPINECORRELATE_DATA, which beats the platform folder', () => {
    const env = { ...home, SPINECORRELATE_DATA: '/env/data' };
    expect(dataDirFromArgv(['electron', '--data-dir=/flag'], env, 'linux')).toBe('/flag');
    expect(dataDirFromArgv(['electron', '.'], env, 'linux')).toBe('/env/data');
    expect(dataDirFromArgv(['electron', '.'], home, 'linux')).toBe('/home/u/.config/SpineCorrelate');
  });

  it('refuses a --data-dir without a folder instead of silently using another database', () => {
    expect(() => dataDirFromArgv(['electron', '--data-dir'], home, 'linux')).toThrow(/needs a folder/);
    expect(() => dataDirFromArgv(['electron', '--data-dir='], home, 'linux')).toThrow(/needs a folder/);
    expect(() => dataDirFromArgv(['electron', '--data-dir', '--inspect'], home, 'linux')).toThrow(/needs a folder/);
  });
});
