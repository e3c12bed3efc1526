/** Asks the fetch worker for the bytes at `url` (our own origin). */
export interface FetchRequest {
  id: number;
  url: string;
}

/** The bytes, or why not: an HTTP status (0 when the request itself failed). */
export interface FetchReply {
  id: number;
  status: number;
  bytes?: ArrayBuffer;
  message?: string;
}
