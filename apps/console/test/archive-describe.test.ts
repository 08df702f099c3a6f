import { describe, expect, it } from 'vitest';
import { describeValue, inReadingOrder, type Vocabulary } from '../src/archive-form/describe.js';

/* Archive values as words: what the history's old → new and the read-only archive show. */

const words: Vocabulary = {
  lang: 'zh',
  dictionaryLabel: (dictionary, code) => `${dictionary}:${code}`,
  keyLabel: (key, parent) => `${parent}.${key}`,
  yes: '是',
  no: '否',
  empty: '—',
};

describe('describeValue', () => {
  it('shows codes as labels: dictionaries, the seed’s fixed lists, the state', () => {
    expect(describeValue('hardshipCategory', 'DEEP', words)).toBe('hardshipCategory:DEEP');
    expect(describeValue('secondaryCauses', ['LAID_OFF', 'OTHER'], words)).toBe('下岗失业、其他');
    expect(describeValue('plan.actionPlans', ['GOLDEN_AUTUMN_EDUCATION'], words)).toBe(
      '金秋助学计划',
    );
    expect(describeValue('status', 'ESTABLISHED', words)).toBe('已建档（帮扶中）');
    expect(describeValue('exitReason', 'OUT_OF_DIFFICULTY', words)).toBe(
      'exitReason:OUT_OF_DIFFICULTY',
    );
  });

  it('shows money in yuan, yes/no, and nothing as a dash', () => {
    expect(describeValue('monthlyIncomeFen', 123450, words)).toBe('¥1,234.50');
    expect(describeValue('singleParent', false, words)).toBe('否');
    expect(describeValue('remarks', null, words)).toBe('—');
    expect(describeValue('floorArea', 48.5, words)).toBe('48.5 m²');
  });

  it('summarises household members and objects of the history', () => {
    const members = [{ name: '李秀英', relation: 'SPOUSE', idNumber: '410105********1224' }];
    expect(describeValue('members', members, words)).toBe('李秀英（relation:SPOUSE）');
    const entry = {
      by: '刘丽娟',
      on: '2026-11-01',
      amountFen: 50000,
      actionPlan: 'TARGETED_WARMTH',
    };
    expect(describeValue('ledger', entry, words)).toBe(
      'ledger.on：2026-11-01；ledger.actionPlan：送温暖精准化计划；ledger.amountFen：¥500.00；ledger.by：刘丽娟',
    );
    // A spot check's result and an attachment's type come from the dictionaries named after them.
    expect(describeValue('spotCheck', { result: 'CONFIRMED' }, words)).toBe(
      'spotCheck.result：spotCheckResult:CONFIRMED',
    );
    expect(describeValue('attachments', { type: 'INCOME_PROOF', id: 'x' }, words)).toBe(
      'attachments.type：attachmentType:INCOME_PROOF',
    );
  });

  it('orders keys as the seed form reads', () => {
    expect(['address', 'status', 'name', 'plan.personName'].sort(inReadingOrder)).toEqual([
      'status',
      'name',
      'address',
      'plan.personName',
    ]);
  });
});
