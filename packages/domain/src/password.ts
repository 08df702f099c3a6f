import { COMMON_PASSWORDS } from './common-passwords.js';
import { formatErrorMessage, problem, type CodedProblem } from './error-codes.js';

/*
 * What a password must be (GB/T 22239 level 3 asks for "complexity"; NIST SP 800-63B explains why
 * length and a list of known passwords beat character-class rules): at least 10 characters, not
 * only spaces, not a common password (nor one with digits or marks added at the end), and not
 * containing the username. Checked for passwords people choose and ones admins issue alike.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** A problem with its English message too, for the console's English mode. */
export type PasswordProblem = CodedProblem & { messageEn: string };

const TAIL = /^[\d\p{P}\p{S}\s]*$/u;

function common(password: string): boolean {
  const lower = password.toLowerCase();
  // A listed password with digits or marks added at the end is as easily guessed.
  for (const listed of COMMON_PASSWORDS)
    if (lower.startsWith(listed) && TAIL.test(lower.slice(listed.length))) return true;
  // One character, or a pair, repeated: aaaaaaaaaa, 1212121212.
  return /^(.{1,2})\1+$/su.test(lower);
}

function containsUsername(password: string, username: string): boolean {
  const name = username.trim().toLowerCase();
  if (!name) return false;
  const lower = password.toLowerCase();
  // Two-letter usernames (e.g. "li") would forbid too much as a substring: only the name itself.
  return name.length >= 3 ? lower.includes(name) : lower === name;
}

/** What is wrong with `password` for the user `username`, or null when it may be used. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const length = [...password].length;
  const found = !password.trim()
    ? problem('PASSWORD_BLANK')
    : length < PASSWORD_MIN_LENGTH
      ? problem('PASSWORD_TOO_SHORT', { min: PASSWORD_MIN_LENGTH })
      : length > PASSWORD_MAX_LENGTH
        ? problem('PASSWORD_TOO_LONG', { max: PASSWORD_MAX_LENGTH })
        : containsUsername(password, username)
          ? problem('PASSWORD_CONTAINS_USERNAME')
          : common(password)
            ? problem('PASSWORD_COMMON')
            : null;
  return found && { ...found, messageEn: formatErrorMessage(found.code, found.params, 'en') };
}
