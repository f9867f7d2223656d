/** A Temporal client on the test run's dev server (lazy: connects on first use). */
import { Client, Connection } from '@temporalio/client';
import { inject } from 'vitest';

export function temporalClient(): Client {
  return new Client({ connection: Connection.lazy({ address: inject('temporalAddress') }), namespace: 'default' });
}
