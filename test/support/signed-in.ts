/** The usual start of an API test file: the stack on a database of its own, every demo role signed in. */
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase } from './database';
import { loginAs, type DemoRole } from './demo';
import type { ApiClient } from './http';
import { userIds } from './programs';
import { startStack, type Stack, type StackOptions } from './stack';

export type SignedIn = Record<DemoRole, ApiClient> & {
  stack: Stack;
  users: Record<string, string>;
  /** A connection to the file's database, for reading (and, in fault tests, breaking) what the stack wrote. */
  db: DataSource;
  /** Closes the connection, the API and the worker. */
  close(): Promise<void>;
};

/** Starts the stack (`ownDatabase` unless told otherwise), signs in every demo role and reads their user ids by email. */
export async function startSignedIn(opts: StackOptions = {}): Promise<SignedIn> {
  const stack = await startStack({ ownDatabase: true, ...opts });
  const clients = await loginAs(stack.api, 'admin', 'pm', 'mentor', 'mentor2', 'gender');
  const db = await openDatabase(stack.env.DATABASE_URL);
  return {
    stack,
    ...clients,
    users: await userIds(clients.pm),
    db,
    async close() {
      await db.destroy();
      await stack.close();
    },
  };
}

/**
 * The test file's signed-in stack: started by a beforeAll registered here (so it runs before the
 * file's own) and closed after the file. Its fields are there once the file's hooks run.
 */
export function signedInSuite(opts: StackOptions = {}): SignedIn {
  const suite = {} as SignedIn;
  beforeAll(async () => {
    Object.assign(suite, await startSignedIn(opts));
  });
  afterAll(() => suite.close?.());
  return suite;
}
