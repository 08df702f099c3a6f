import {
  ARCHIVE_FIELDS,
  DETERMINATION_FIELDS,
  MEMBER_FIELDS,
  type FieldSpec,
} from '@bangfu/domain';
import { builder } from '../builder.js';
import { describe, inputType, NOT_INPUT } from './archive-fields.js';

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

function catalogueFields(t: InputFieldBuilder, specs: Record<string, FieldSpec>) {
  const fields: Record<string, unknown> = {};
  for (const spec of Object.values(specs)) {
    if (NOT_INPUT.has(spec.name)) continue;
    const extra =
      spec.kind === 'date' ? '，格式 YYYY-MM-DD' : spec.kind === 'fen' ? '，单位：分' : '';
    // The catalogue is data, so the field type is only known at run time.
    fields[spec.name] = t.field({
      type: inputType(spec) as 'String',
      description: describe(spec, extra),
    });
  }
  return fields as Record<string, ReturnType<InputFieldBuilder['string']>>;
}

export const MemberInput = builder.inputType('MemberInput', {
  description: '家庭主要成员。A household member.',
  fields: (t) => catalogueFields(t, MEMBER_FIELDS),
});

export const DeterminationInput = builder.inputType('DeterminationInput', {
  description: '是否为解困脱困对象及分类。Determination and classification.',
  fields: (t) => catalogueFields(t, DETERMINATION_FIELDS),
});

export const ArchiveInput = builder.inputType('ArchiveInput', {
  description:
    '困难职工档案表的内容（不含职工编号与派生字段）。敏感号码可原样回传其遮盖值表示“不变”。' +
    'The archive form; a masked sensitive value sent back unchanged means "keep the stored value".',
  fields: (t) => ({
    ...catalogueFields(t, ARCHIVE_FIELDS),
    members: t.field({
      type: [MemberInput],
      description: '家庭主要成员（0–20 人）。Household members.',
    }),
    determination: t.field({
      type: DeterminationInput,
      description: '是否为解困脱困对象及分类（审批时确定）。Determination.',
    }),
  }),
});
