import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  correctionInput,
  unreadableAmount,
} from '../src/resources/archives/show/ledger-correction-input.js';

/*
 * The 更正 dialog's values as the API's LedgerCorrectionInput: blanks mean "unchanged", all blank
 * voids the entry; whatever is typed as the amount is either an amount or refused in words.
 */
describe('the ledger correction dialog', () => {
  it('sends only what was filled in; nothing filled in voids the entry', () => {
    expect(correctionInput({ reason: '重复登记' })).toEqual({
      reason: '重复登记',
      replacement: null,
    });
    expect(
      correctionInput({ reason: '金额错误', amountFen: 50_000, on: '', description: '  ' }),
    ).toEqual({ reason: '金额错误', replacement: { amountFen: 50_000 } });
    expect(correctionInput({ reason: '日期错误', on: '2026-11-30', amountFen: null })).toEqual({
      reason: '日期错误',
      replacement: { on: '2026-11-30' },
    });
  });

  it('any values give a reason string and a replacement of filled fields only', () => {
    const blankish = fc.constantFrom(undefined, null, '', ' ');
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), blankish),
        fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), blankish),
        fc.oneof(fc.string(), blankish),
        (reason, amountFen, description) => {
          const input = correctionInput({ reason, amountFen, description });
          expect(typeof input.reason).toBe('string');
          const fields = Object.keys(input.replacement ?? {});
          expect(fields.includes('amountFen')).toBe(typeof amountFen === 'number');
          expect(fields.includes('description')).toBe(
            typeof description === 'string' && description.trim() !== '',
          );
          expect(input.replacement === null).toBe(fields.length === 0);
        },
      ),
    );
  });

  it('an amount typed that is not one is refused in Chinese; empty or read amounts pass', () => {
    for (const ok of [undefined, null, '', 50_000]) expect(unreadableAmount(ok)).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (typed) => {
        const said = unreadableAmount(typed);
        if (said !== undefined) expect(said).toMatch(/[\u4e00-\u9fa5]/);
      }),
    );
    expect(unreadableAmount('abc')).toMatch(/[\u4e00-\u9fa5]/);
    expect(unreadableAmount('-5')).toMatch(/[\u4e00-\u9fa5]/);
  });
});
