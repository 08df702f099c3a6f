import { HARDSHIP_CAUSES } from './causes.js';
import { ACTION_PLANS, KEY_GROUPS, MEASURES } from './classification.js';
import { fixedEntries, type FixedEntry } from './enumeration.js';

export interface FixedList {
  /** The archive field the list serves, as the `dictionaries` query names it. */
  readonly name: string;
  readonly label: string;
  readonly labelEn: string;
  readonly entries: readonly FixedEntry[];
}

/**
 * The seed's own lists seen as dictionaries, so an API can answer `dictionaries` with every list
 * in one shape. Unlike DEFAULT_DICTIONARIES these are fixed by the notice: no entry is added or
 * retired at run time, and they are GraphQL enums.
 */
export const FIXED_LISTS = {
  primaryCause: {
    name: 'primaryCause',
    label: '主要致困原因',
    labelEn: 'Primary cause of hardship',
    entries: fixedEntries(HARDSHIP_CAUSES),
  },
  secondaryCauses: {
    name: 'secondaryCauses',
    label: '次要致困原因',
    labelEn: 'Secondary causes of hardship',
    entries: fixedEntries(HARDSHIP_CAUSES),
  },
  keyGroups: {
    name: 'keyGroups',
    label: '五类重点群体',
    labelEn: 'Five key groups',
    entries: fixedEntries(KEY_GROUPS),
  },
  measures: {
    name: 'measures',
    label: '“四个一批”措施',
    labelEn: 'Four measures',
    entries: fixedEntries(MEASURES),
  },
  actionPlans: {
    name: 'actionPlans',
    label: '七个行动计划',
    labelEn: 'Seven action plans',
    entries: fixedEntries(ACTION_PLANS),
  },
} as const satisfies Record<string, FixedList>;

export type FixedListName = keyof typeof FIXED_LISTS;
