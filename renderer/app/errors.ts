import { RpcError } from '../transport/transport.ts';

/** A message fit to show the user for any failure of a call. */
export function messageOf(error: unknown): string {
  if (error instanceof RpcError) return error.message;
  if (error instanceof Error) return `Unexpected problem: ${error.message}`;
  return 'Unexpected problem.';
}
