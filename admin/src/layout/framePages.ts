/**
 * react-admin's toast and error pages, imported on demand (lazyScreens.tsx) by name rather than
 * through a dynamic import('react-admin'), which would pull the whole library into one chunk.
 */
export { AccessDenied, AuthenticationError, Error as ErrorPage, NotFound, Notification } from 'react-admin';
