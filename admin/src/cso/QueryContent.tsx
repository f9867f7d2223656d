import type { ReactNode } from 'react';
import { Alert } from '@mui/material';
import { EmptyText } from '../programs/show/Panel';
import { errorMessage } from './api';

interface QueryContentProps<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  /** Whether there is nothing to show, and what is said then (translated). */
  empty?: { when: (data: T) => boolean; text: string };
  children: (data: T) => ReactNode;
}

/** A card's content from a query: its error as a warning, nothing while it loads, the empty text, else the content. */
export const QueryContent = <T,>({ query: { data, error, isPending }, empty, children }: QueryContentProps<T>) => {
  if (error) return <Alert severity="warning">{errorMessage(error)}</Alert>;
  if (isPending || data === undefined) return null;
  if (empty?.when(data)) return <EmptyText>{empty.text}</EmptyText>;
  return <>{children(data)}</>;
};
