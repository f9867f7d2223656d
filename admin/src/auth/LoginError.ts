/**
 * A sign-in failure the login page can explain: `message` is a translation key and
 * `args` its interpolation values, so the text follows the selected language.
 */
export class LoginError extends Error {
  readonly args: Record<string, unknown>;
  readonly status?: number;

  constructor(key: string, args: Record<string, unknown> = {}, status?: number) {
    super(key);
    this.name = 'LoginError';
    this.args = args;
    this.status = status;
  }
}
