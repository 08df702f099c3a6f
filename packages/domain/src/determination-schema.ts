import { z } from 'zod';
import { ACTION_PLANS, KEY_GROUPS, MEASURES } from './classification.js';
import { OTHER, type FixedEntry } from './enumeration.js';
import type { ErrorCode, MessageParams } from './error-codes.js';
import { DETERMINATION_FIELDS as F } from './fields.js';
import { labelParams } from './labels.js';
import {
  bool,
  date,
  fixedCodes,
  issue,
  optional,
  required,
  shaped,
  text,
  type SchemaOptions,
} from './input-fields.js';
import { ON_ANY_OBJECT, resolveRules, stringOf } from './rules.js';

const DETERMINATION = { label: '解困脱困对象确定信息', labelEn: 'Determination' };
const ALL_CLASSIFICATIONS: Readonly<Record<string, FixedEntry>> = {
  ...KEY_GROUPS,
  ...MEASURES,
  ...ACTION_PLANS,
};

// A repeated code named by its label, in both languages, when it is one of the lists'.
function valueOf(code: unknown): MessageParams {
  const entry = typeof code === 'string' ? ALL_CLASSIFICATIONS[code] : undefined;
  return entry ? { value: entry.label, valueEn: entry.labelEn } : { value: String(code) };
}

// The three classification lists, each with its "other" note and the codes its rules raise.
const LISTS = [
  {
    list: 'keyGroups',
    note: 'keyGroupOther',
    noneChosen: 'KEY_GROUPS_REQUIRED',
    noteMissing: 'KEY_GROUP_OTHER_NOTE_REQUIRED',
  },
  {
    list: 'measures',
    note: 'measureOther',
    noneChosen: 'MEASURES_REQUIRED',
    noteMissing: 'MEASURE_OTHER_NOTE_REQUIRED',
  },
  {
    list: 'actionPlans',
    note: 'actionPlanOther',
    noneChosen: 'ACTION_PLANS_REQUIRED',
    noteMissing: 'ACTION_PLAN_OTHER_NOTE_REQUIRED',
  },
] as const satisfies readonly {
  list: keyof typeof F;
  note: keyof typeof F;
  noneChosen: ErrorCode;
  noteMissing: ErrorCode;
}[];

/**
 * 确定是否为解困脱困对象. A target is classified in all three lists (at least one entry each,
 * "other" with its note), because the yearly report counts targets by group, measure and plan.
 * A non-target is not classified at all, so those counts only ever contain targets.
 */
export function makeDeterminationInputSchema(options: SchemaOptions = {}) {
  const rules = resolveRules(options);
  const determination = z
    .object({
      isTarget: required(F.isTarget, bool(F.isTarget)),
      decidedOn: required(F.decidedOn, date(F.decidedOn, rules)),
      keyGroups: fixedCodes(KEY_GROUPS, F.keyGroups),
      keyGroupOther: optional(text(F.keyGroupOther)),
      measures: fixedCodes(MEASURES, F.measures),
      measureOther: optional(text(F.measureOther)),
      actionPlans: fixedCodes(ACTION_PLANS, F.actionPlans),
      actionPlanOther: optional(text(F.actionPlanOther)),
    })
    .superRefine((d, ctx) => {
      for (const { list, note, noneChosen, noteMissing } of LISTS) {
        const chosen: unknown[] = Array.isArray(d[list]) ? d[list] : [];
        chosen.forEach((code, i) => {
          if (chosen.indexOf(code) !== i) {
            ctx.addIssue(
              issue('OPTION_DUPLICATE', { ...labelParams(F[list]), ...valueOf(code) }, [list, i]),
            );
          }
        });
        if (d.isTarget === false && chosen.length > 0) {
          ctx.addIssue(issue('CLASSIFICATION_WITHOUT_TARGET', labelParams(F[list]), [list]));
        }
        if (d.isTarget !== true) continue;
        if (chosen.length === 0) ctx.addIssue(issue(noneChosen, {}, [list]));
        if (chosen.includes(OTHER) && stringOf(d[note]) === undefined) {
          ctx.addIssue(issue(noteMissing, {}, [note]));
        }
      }
    }, ON_ANY_OBJECT);
  return shaped(DETERMINATION, 'object', determination);
}

export const determinationInputSchema = makeDeterminationInputSchema();
export type DeterminationInput = z.infer<typeof determinationInputSchema>;
