import { ARCHIVE_STATUSES, UNION_LEVELS } from '@bangfu/domain';
import { describe, expect, it } from 'vitest';
import { enumValueLabels } from '../src/i18n/domain-labels.js';
import { model } from '../src/model.js';

/* Choices follow the domain's order (the schema prints enums alphabetically). */

describe('enum choices', () => {
  it('offers archive states in workflow order, labelled as the notice words them', () => {
    const states = enumValueLabels(model.enums.ArchiveStatus!);
    expect(states.map((s) => s.value)).toEqual(Object.keys(ARCHIVE_STATUSES));
    expect(states.map((s) => s.label.zh)).toEqual([
      '摸底调查/录入中',
      '公示中',
      '待审批',
      '已建档（帮扶中）',
      '已脱困/退出',
    ]);
  });

  it('offers union levels from the province down', () => {
    const levels = enumValueLabels(model.enums.UnionLevel!).map((l) => l.value);
    expect(levels).toEqual(Object.keys(UNION_LEVELS).filter((l) => levels.includes(l)));
    expect(levels[0]).toBe('PROVINCE');
  });

  it('keeps the schema order for an enum no domain list serves', () => {
    const plain = {
      name: 'X',
      values: [
        { value: 'B', label: { zh: '乙', en: 'B' } },
        { value: 'A', label: { zh: '甲', en: 'A' } },
      ],
    };
    expect(enumValueLabels(plain as never).map((v) => v.value)).toEqual(['B', 'A']);
  });
});
