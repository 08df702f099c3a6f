import { parseYuan } from '@bangfu/domain';

/**
 * The correction's input from the dialog's values. Blanks mean "unchanged": only what was filled
 * in goes to the replacement, and nothing filled in at all voids the entry (no replacement).
 */
export function correctionInput(values: Record<string, unknown>) {
  const filled = (v: unknown) => v !== undefined && v !== null && String(v).trim() !== '';
  const replacement = {
    // MoneyInput keeps unparsable text as typed: the API's check names it (a number is needed).
    ...(filled(values.amountFen) ? { amountFen: values.amountFen as number } : {}),
    ...(filled(values.on) ? { on: String(values.on) } : {}),
    ...(filled(values.description) ? { description: String(values.description) } : {}),
  };
  return {
    reason: typeof values.reason === 'string' ? values.reason : '',
    replacement: Object.keys(replacement).length > 0 ? replacement : null,
  };
}

/** A corrected amount typed that is not an amount: the domain's words for why, else nothing. */
export function unreadableAmount(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = parseYuan(value);
  return parsed.ok ? undefined : parsed.message;
}
