import type { Check } from './check.js';
import { problem } from './error-codes.js';

/** Luhn (mod 10) check used by most, but not all, Chinese bank cards. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Bank card number (银行卡号): 12–19 digits, spaces dropped. A failed Luhn check is only a
 * warning: some passbook and co-branded accounts do not use it, and refusing a real card would
 * stop a payment to a worker in difficulty.
 */
export function validateBankCard(value: string): Check {
  const card = value.replace(/\s+/g, '');
  if (!/^\d{12,19}$/.test(card)) return { ok: false, ...problem('BANK_CARD_FORMAT') };
  return passesLuhn(card)
    ? { ok: true, value: card }
    : { ok: true, value: card, warning: problem('BANK_CARD_LUHN') };
}
