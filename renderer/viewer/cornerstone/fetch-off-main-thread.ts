import { registerImageLoader, type Types } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import type { FetchReply, FetchRequest } from './fetch-messages.ts';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve(bytes: ArrayBuffer): void; reject(reason: unknown): void }>();

function fetchWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./fetch-worker.ts', import.meta.url), { type: 'module', name: 'instance-fetch' });
  worker.onmessage = ({ data }: MessageEvent<FetchReply>) => {
    const request = waiting.get(data.id);
    if (!request) return;
    waiting.delete(data.id);
    // Shaped like the loader's own failures ({ status }), which load-error.ts reads.
    if (data.bytes) request.resolve(data.bytes);
    else request.reject({ status: data.status, message: data.message ?? `HTTP ${data.status}` });
  };
  return worker;
}

/** The file at `url`, fetched by the worker. */
export function fetchBytes(url: string): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    waiting.set(id, { resolve, reject });
    const request: FetchRequest = { id, url };
    fetchWorker().postMessage(request);
  });
}

/**
 * The `wadouri:` loader of Cornerstone's DICOM image loader (legacy metadata path), with the
 * file fetched in a worker instead of by XMLHttpRequest on the main thread. Parsing, the
 * dataset cache and decoding are the loader's own.
 */
function loadImage(imageId: string, options: Parameters<typeof wadouri.loadImageFromPromise>[4] = {}): Types.IImageLoadObject {
  const { url, pixelDataFrame } = wadouri.parseImageId(imageId);
  const dataSet = wadouri.dataSetCacheManager.load(url, fetchBytes, imageId);
  return wadouri.loadImageFromPromise(dataSet, imageId, pixelDataFrame ?? 0, url, options) as unknown as Types.IImageLoadObject;
}

/** Replaces the `wadouri:` loader registered by the DICOM image loader's init(). */
export function loadInstancesOffMainThread(): void {
  registerImageLoader('wadouri', loadImage);
}
