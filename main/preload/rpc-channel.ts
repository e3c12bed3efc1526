/** The single Electron IPC channel: every contract call travels over it as (channel, payload). */
export const RPC_CHANNEL = 'spine:rpc';
