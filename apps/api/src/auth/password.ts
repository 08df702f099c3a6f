import { passwordProblem } from '@bangfu/domain';
import type { FieldError } from '../errors.js';
import { hash, verify } from '@node-rs/argon2';

// argon2id, 19 MiB, t=2, p=1: OWASP's baseline; ~60 ms a hash on this machine.
const OPTIONS = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing in particular, verified when the username is unknown so timing reveals nothing. */
export const DUMMY_HASH_PROMISE = hashPassword('bangfu-timing-equaliser');

/** The password policy (packages/domain), for issued passwords as for chosen ones. */
export function checkPassword(password: string, username: string, errors: FieldError[]) {
  const found = passwordProblem(password, username);
  if (found) errors.push({ path: ['password'], code: found.code, message: `${found.message}。` });
}
