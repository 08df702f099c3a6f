import type { MessageParams } from './error-codes.js';

/**
 * What every validator returns: the normalised value, or a stable machine code with a Chinese
 * message that tells the user what to fix. A check may pass with a warning (e.g. a bank card whose
 * Luhn digit looks wrong: some banks issue such cards, so it must not block).
 */
export type Check<T = string> =
  | { readonly ok: true; readonly value: T; readonly warning?: Problem }
  | ({ readonly ok: false } & Problem);

export interface Problem {
  readonly code: string;
  readonly message: string;
  /** The message's parameters, to render it in another locale (`renderFieldError`). */
  readonly params?: MessageParams;
}
