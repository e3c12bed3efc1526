// The preload of the sandboxed renderer, bundled by scripts/build.ts into dist/main/preload.cjs:
// a sandboxed preload can require only 'electron' (and a few others), not our modules.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge.ts';

contextBridge.exposeInMainWorld('spine', createBridge(ipcRenderer, webUtils));
