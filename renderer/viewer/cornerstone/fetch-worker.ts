// A worker that fetches instance files for the image loader. Receiving a response body costs
// its thread several milliseconds per 512×512 image (chunks arriving, the final copy); here that
// is off the main thread, which draws the slices. The bytes travel back transferred, not copied.
import type { FetchReply, FetchRequest } from './fetch-messages.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FetchRequest>) => void) | null;
  postMessage(message: FetchReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, url } = event.data;
  fetch(url, { credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok) return scope.postMessage({ id, status: response.status });
      const bytes = await response.arrayBuffer();
      scope.postMessage({ id, status: response.status, bytes }, [bytes]);
    })
    .catch((error: unknown) => scope.postMessage({ id, status: 0, message: error instanceof Error ? error.message : String(error) }));
};
