import {
  ACTION_PLANS,
  ARCHIVE_STATUSES,
  HARDSHIP_CAUSES,
  KEY_GROUPS,
  MEASURES,
} from '@bangfu/domain';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';

/**
 * The seed's fixed lists are GraphQL enums (domain.md §2); editable dictionaries are string codes.
 */
export const HardshipCauseEnum = builder.enumType('HardshipCause', {
  description: '致困原因（十项，通知原文）。Cause of hardship (the ten of the notice).',
  values: describedValues(HARDSHIP_CAUSES),
});
export const KeyGroupEnum = builder.enumType('KeyGroup', {
  description: '五类重点群体（及其他）。The five key groups, and other.',
  values: describedValues(KEY_GROUPS),
});
export const MeasureEnum = builder.enumType('Measure', {
  description: '“四个一批”措施（及其他）。The four measures, and other.',
  values: describedValues(MEASURES),
});
export const ActionPlanEnum = builder.enumType('ActionPlan', {
  description: '七个行动计划（及其他）。The seven action plans, and other.',
  values: describedValues(ACTION_PLANS),
});
export const ArchiveStatusEnum = builder.enumType('ArchiveStatus', {
  description: '档案状态（工作流程）。Workflow state of an archive.',
  values: describedValues(ARCHIVE_STATUSES),
});
