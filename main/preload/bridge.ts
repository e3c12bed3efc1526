import type { IpcRenderer, WebUtils } from 'electron';
import type { SpineBridge } from '../../renderer/transport/transport.ts';
import { RPC_CHANNEL } from './rpc-channel.ts';

/**
 * The whole of what the page gets from Electron: one call into the contract and the path of a
 * dropped file. Never ipcRenderer itself, never a free channel name on the Electron side — every
 * call rides the single RPC channel, where main/app/ipc.ts checks the sender and the contract the payload.
 */
export function createBridge(ipcRenderer: Pick<IpcRenderer, 'invoke'>, webUtils: Pick<WebUtils, 'getPathForFile'>): SpineBridge {
  return Object.freeze({
    invoke: (channel: string, payload: unknown) => ipcRenderer.invoke(RPC_CHANNEL, channel, payload),
    pathForFile: (file: File) => webUtils.getPathForFile(file),
  });
}
