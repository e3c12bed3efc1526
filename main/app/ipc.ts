import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { isChannel } from '../../shared/ipc/contract.ts';
import { failure, type Result } from '../../shared/ipc/result.ts';
import { dispatch } from '../handlers.ts';
import type { Services } from '../services/context.ts';
import { RPC_CHANNEL } from '../preload/rpc-channel.ts';
import { isAppUrl } from './app-origin.ts';

/**
 * Only the app's own page may call: a live frame, the top-level one, showing app://spinecorrelate/.
 * A subframe, a page that navigated elsewhere, or a frame already gone is refused.
 */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** The Electron transport: sender check first, then the same dispatch the preview uses. */
export async function handleRpc(
  services: Services,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  channel: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    services.log.warn('ipc-sender-refused', { channel: typeof channel === 'string' && isChannel(channel) ? channel : 'unknown' });
    return failure('unauthorized', 'This request did not come from the SpineCorrelate window.');
  }
  if (typeof channel !== 'string') return failure('unknown-channel', 'Unknown request.');
  return dispatch(services, channel, payload);
}

export function registerRpc(ipcMain: Pick<IpcMain, 'handle'>, services: Services): void {
  ipcMain.handle(RPC_CHANNEL, (event, channel: unknown, payload: unknown) => handleRpc(services, event, channel, payload));
}
