import { fetchUtils, HttpError } from 'react-admin';
import { getToken } from '../auth/session';

/**
 * fetchJson plus the Bearer token. fetchJson rejects non-2xx responses with an
 * HttpError whose `body` is the parsed JSON ({statusCode, message, errors?}).
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
    // ra-data-simple-rest passes its own Headers (e.g. Range) for lists: keep them.
    const headers = new Headers(options.headers ?? {});
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const token = getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
        return await fetchUtils.fetchJson(url, { ...options, headers });
    } catch (error) {
        // fetch() itself failed (API down, offline): give a translatable message
        // instead of the browser's "Failed to fetch".
        if (error instanceof TypeError) {
            throw new HttpError('mentorflow.errors.network', 0, null);
        }
        throw error;
    }
};
