import type { Client } from '@temporalio/client';
import { WriteTimeoutException } from '../common/outage-errors';

/**
 * Runs a Temporal call (update, signal, start) with a deadline: past timeoutMs the call is
 * abandoned (its gRPC requests aborted) and a WriteTimeoutException (503 with Retry-After) is
 * thrown. The server keeps an admitted update, so a retry with the same update id (from the same
 * Idempotency-Key) attaches to it and returns its outcome instead of applying it again.
 */
export async function withWriteDeadline<T>(client: Client, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new WriteTimeoutException(timeoutMs));
      abort.abort();
    }, timeoutMs);
  });
  const call = client.connection.withAbortSignal(abort.signal, fn);
  call.catch(() => undefined); // its rejection after the deadline is expected and not interesting
  try {
    return await Promise.race([call, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
