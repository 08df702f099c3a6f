import type { Check } from './check.js';
import { problem } from './error-codes.js';
import { normalizeTyped } from './typing.js';

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

/** A card number as typed, without its spaces and hyphens ("6222 0212-3456"). */
export function normalizeBankCard(value: string): string {
  return normalizeTyped(value).replace(/[ -]/g, '');
}

/**
 * Bank card number (银行卡号): 12–19 digits, full-width digits, spaces and hyphens allowed. A failed Luhn check is only a
 * warning: some passbook and co-branded accounts do not use it, and refusing a real card would
 * stop a payment to a worker in difficulty.
 */
export function validateBankCard(value: string): Check {
  const card = normalizeBankCard(value);
  if (card === '')
    return { ok: false, ...problem('REQUIRED', { label: '银行卡号', labelEn: 'Card number' }) };
  if (!/^\d{12,19}$/.test(card)) return { ok: false, ...problem('BANK_CARD_FORMAT') };
  return passesLuhn(card)
    ? { ok: true, value: card }
    : { ok: true, value: card, warning: problem('BANK_CARD_LUHN') };
}
