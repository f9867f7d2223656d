import { useCallback, useRef } from 'react';

/** A random key (crypto.randomUUID needs a secure context; plain-http deployments get the fallback). */
const newIdempotencyKey = (): string => {
    if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
};

/** No definitive answer (offline, timeout, 5xx such as the API's 503): the same submission may be retried. */
const isRetryable = (error: unknown) => {
    const status = (error as { status?: number } | null)?.status;
    return status === undefined || status === 0 || status >= 500;
};

/**
 * One Idempotency-Key per submission attempt: a new key for each new submission, the same key
 * when the same payload is sent again after an attempt that got no definitive answer, so a
 * retried "Complete task" cannot complete twice (the server returns the first outcome).
 */
export const useIdempotentSubmit = () => {
    const pending = useRef<{ payload: string; key: string } | null>(null);
    return useCallback(async <T,>(payload: unknown, send: (key: string) => Promise<T>): Promise<T> => {
        const json = JSON.stringify(payload);
        const key = pending.current?.payload === json ? pending.current.key : newIdempotencyKey();
        pending.current = { payload: json, key };
        try {
            const result = await send(key);
            pending.current = null;
            return result;
        } catch (error) {
            if (!isRetryable(error)) pending.current = null;
            throw error;
        }
    }, []);
};
