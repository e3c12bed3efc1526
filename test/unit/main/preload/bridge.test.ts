import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../../main/preload/bridge.ts';

function fakeIpcRenderer() {
  const sent: unknown[][] = [];
  return {
    sent,
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        sent.push(args);
        return { ok: true, value: 'answer' };
      },
    },
  };
}

const webUtils = { getPathForFile: (file: File) => (file.name === 'IM0001' ? '/media/cdrom/IM0001' : '') };

describe('the preload bridge', () => {
  it('exposes exactly invoke and pathForFile, frozen', () => {
    const bridge = createBridge(fakeIpcRenderer().ipcRenderer, webUtils);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'pathForFile']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('on');
  });

  it('sends every call over the one RPC channel as (channel, payload)', async () => {
    const { sent, ipcRenderer } = fakeIpcRenderer();
    const bridge = createBridge(ipcRenderer, webUtils);
    expect(await bridge.invoke('import.start', { paths: ['/data'] })).toEqual({ ok: true, value: 'answer' });
    await (bridge.invoke as (...args: unknown[]) => Promise<unknown>)('app.info', {}, 'smuggled');
    expect(sent).toEqual([
      ['spine:rpc', 'import.start', { paths: ['/data'] }],
      ['spine:rpc', 'app.info', {}],
    ]);
  });

  it('gives a dropped file its path', () => {
    const bridge = createBridge(fakeIpcRenderer().ipcRenderer, webUtils);
    expect(bridge.pathForFile(new File([], 'IM0001'))).toBe('/media/cdrom/IM0001');
    expect(bridge.pathForFile(new File([], 'pasted.txt'))).toBe('');
  });
});
