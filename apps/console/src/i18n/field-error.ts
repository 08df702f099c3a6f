/*
 * An input's error as words, whatever shape it reached the input in. react-hook-form hands
 * `fieldState.error.message` over as the validator left it: a plain string (a form-level
 * `validate`), `{ message }` (ra-core's getSimpleValidationResolver wraps each leaf so), a
 * `{ message, args }` object, or ra-core's `@@react-admin@@{…}` text from its own validators.
 * Handing any but the first to `translate` crashed the form ("Polyglot.transformPhrase expects
 * argument #1 to be string") or showed the raw key; every custom input reads errors through here.
 */

type Translate = (key: string, options?: Record<string, unknown>) => string;

const RA_PREFIX = '@@react-admin@@';

interface Phrase {
  key: string;
  args: Record<string, unknown>;
}

/** The translation key and its arguments in an error of any shape; undefined when there is none. */
export function errorPhrase(error: unknown, depth = 0): Phrase | undefined {
  if (depth > 4 || error === null || error === undefined) return undefined;
  if (typeof error === 'string') {
    if (!error.startsWith(RA_PREFIX))
      return error.trim() === '' ? undefined : { key: error, args: {} };
    try {
      return errorPhrase(JSON.parse(error.slice(RA_PREFIX.length)), depth + 1);
    } catch {
      return { key: error.slice(RA_PREFIX.length), args: {} };
    }
  }
  if (typeof error === 'number' || typeof error === 'boolean')
    return { key: String(error), args: {} };
  if (typeof error === 'object' && 'message' in error) {
    const inner = errorPhrase((error as { message: unknown }).message, depth + 1);
    const args = (error as { args?: unknown }).args;
    return inner && typeof args === 'object' && args !== null
      ? { key: inner.key, args: { ...inner.args, ...(args as Record<string, unknown>) } }
      : inner;
  }
  return undefined;
}

/** The error translated, or undefined when the input has none. Always a string when defined. */
export function fieldErrorText(error: unknown, translate: Translate): string | undefined {
  const phrase = errorPhrase(error);
  if (!phrase) return undefined;
  const text = translate(phrase.key, { _: phrase.key, ...phrase.args });
  return typeof text === 'string' ? text : phrase.key;
}
