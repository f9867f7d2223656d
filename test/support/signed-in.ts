/** The usual start of an API test file: the stack on a database of its own, every demo role signed in. */
import { loginAs, type DemoRole } from './demo';
import type { ApiClient } from './http';
import { userIds } from './programs';
import { startStack, type Stack, type StackOptions } from './stack';

export type SignedIn = Record<DemoRole, ApiClient> & { stack: Stack; users: Record<string, string> };

/** Starts the stack (`ownDatabase` unless told otherwise), signs in every demo role and reads their user ids by email. */
export async function startSignedIn(opts: StackOptions = {}): Promise<SignedIn> {
  const stack = await startStack({ ownDatabase: true, ...opts });
  const clients = await loginAs(stack.api, 'admin', 'pm', 'mentor', 'mentor2', 'gender');
  return { stack, ...clients, users: await userIds(clients.pm) };
}
