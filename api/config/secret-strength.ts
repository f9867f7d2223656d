/**
 * Production refuses JWT secrets that someone could guess: the placeholders this repository
 * ships (docker/.env.example, the development default) and strings of too little entropy
 * ("x" * 40, "passwordpasswordpassword..."). The estimate is the Shannon entropy of the
 * character distribution times the length: `openssl rand -base64 48` scores about 330 bits,
 * a 32-character random base64 string about 150.
 */
export const DEV_JWT_SECRET = 'mentorflow-development-secret-change-me-in-production';

/** Exact values that appear in this repository's docs and examples. */
export const KNOWN_PLACEHOLDER_SECRETS = [DEV_JWT_SECRET, 'replace-with-output-of-openssl-rand-base64-48-xxxxxxxx'];

/** Words of a placeholder someone forgot to replace. */
const PLACEHOLDER_WORDS = /change[-_ ]?me|replace[-_ ]?(with|me)|your[-_ ]?secret|example|placeholder|xxxxxx/i;

// A random 32-character hex string (openssl rand -hex 16) scores about 115 on this estimate.
export const MIN_SECRET_BITS = 96;
export const MIN_DISTINCT_CHARS = 10;

export function estimatedBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const ch of secret) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...secret].length;
  let perChar = 0;
  for (const c of counts.values()) perChar -= (c / n) * Math.log2(c / n);
  return perChar * n;
}

/** Why this secret is not acceptable in production, or null when it is. */
export function weakSecretReason(secret: string): string | null {
  if (KNOWN_PLACEHOLDER_SECRETS.includes(secret) || PLACEHOLDER_WORDS.test(secret)) {
    return 'is a placeholder from the documentation; set a secret of your own (openssl rand -base64 48)';
  }
  const distinct = new Set(secret).size;
  const bits = estimatedBits(secret);
  if (distinct < MIN_DISTINCT_CHARS || bits < MIN_SECRET_BITS) {
    return `has too little entropy (about ${Math.floor(bits)} bits, ${distinct} distinct characters; at least ${MIN_SECRET_BITS} bits needed); use openssl rand -base64 48`;
  }
  return null;
}
