import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract.ts';
import type { IpcError, Result } from '../../shared/ipc/result.ts';

/** A failed call, carrying the typed error the main side sent (code, message, field issues). */
export class RpcError extends Error {
  readonly code: IpcError['code'];
  readonly issues: IpcError['issues'];
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'RpcError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

export interface Transport {
  kind: 'electron' | 'preview';
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** The URL the viewer loads an instance's bytes from: the same relative path in both transports. */
  imageUrl(instanceId: number): string;
}

/** The object the preload script exposes; nothing else of Electron reaches the page. */
export interface SpineBridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /**
   * The file-system path of a File from a drop (`event.dataTransfer.files`) or an <input>, for
   * `import.start`; '' for a File that has no path on disk. Electron only.
   */
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    spine?: SpineBridge;
  }
}

function unwrap<T>(result: Result<unknown>): T {
  if (result.ok) return result.value as T;
  throw new RpcError(result.error);
}

function imageUrl(instanceId: number): string {
  return new URL(`/image/${instanceId}`, window.location.origin).href;
}

function electronTransport(bridge: SpineBridge): Transport {
  return {
    kind: 'electron',
    call: async (channel, request) => unwrap(await bridge.invoke(channel, request)),
    imageUrl,
  };
}

function previewTransport(): Transport {
  return {
    kind: 'preview',
    async call(channel, request) {
      const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(request),
      });
      let result: Result<unknown>;
      try {
        result = (await response.json()) as Result<unknown>;
      } catch {
        throw new RpcError({ code: 'unavailable', message: `SpineCorrelate did not answer (HTTP ${response.status}). Is \`spinecorrelate serve\` still running?` });
      }
      return unwrap(result);
    },
    imageUrl,
  };
}

/** Picks the transport once at start-up; everything above it is identical. */
export function createTransport(): Transport {
  return window.spine ? electronTransport(window.spine) : previewTransport();
}
