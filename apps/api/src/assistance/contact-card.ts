import {
  ACTION_PLANS,
  dictionaryLabel,
  exitDeadlineText,
  fixedEntries,
  HARDSHIP_CAUSES,
  maskMobile,
  MEASURES,
  yearMonthText,
  type FixedEntry,
} from '@bangfu/domain';
import type { Viewer } from '../auth/sessions.js';
import { identifying, personName } from '../archives/access.js';
import type { PlainArchiveRow, PlainMemberRow } from '../archives/current.js';
import type { assistancePlans } from '../db/schema/index.js';

type PlanRow = typeof assistancePlans.$inferSelect;

/** One option of the card's 措施 / 计划 lines, printed in the seed's order and ticked when chosen. */
export interface CardOption {
  no: number;
  code: string;
  label: string;
  chosen: boolean;
}

/**
 * 困难职工解困脱困联系卡 (seed 附件2) as data, both copies, in the seed's fields and Chinese
 * labels. The worker's own mobile stays masked like everywhere else (reveal it, logged, to print
 * it in full); staff phones are there to be called and are shown as entered.
 */
export function contactCardOf(
  row: PlainArchiveRow,
  plan: PlanRow,
  members: PlainMemberRow[],
  viewer: Viewer | null,
) {
  const name = personName(viewer, row.name);
  const sex = dictionaryLabel('sex', row.sex);
  const birthMonth = identifying(viewer, yearMonthText(row.birthDate));
  return {
    issuedOn: plan.cardIssuedOn,
    personInChargeCopy: {
      number: row.number,
      name,
      sex,
      birthMonth,
      address: identifying(viewer, row.address),
      employer: row.employer,
      householdSummary: householdSummary(row, members, viewer),
      causes: causesText(row),
      hardshipCategory: dictionaryLabel('hardshipCategory', row.hardshipCategory),
      deadline: exitDeadlineText(plan.targetMonth),
      contact: identifying(viewer, contactText(row)),
      assistanceUnit: plan.assistanceUnit,
      assistancePerson: plan.personName,
    },
    workerCopy: {
      name,
      sex,
      birthMonth,
      assistanceUnit: plan.assistanceUnit,
      assistancePerson: plan.personName,
      post: plan.personPost,
      phone: plan.personPhone,
      liaisonName: plan.liaisonName,
      liaisonPost: plan.liaisonPost,
      liaisonPhone: plan.liaisonPhone,
      measures: options(fixedEntries(MEASURES), plan.measures),
      measureOther: plan.measureOther,
      actionPlans: options(fixedEntries(ACTION_PLANS), plan.actionPlans),
      actionPlanOther: plan.actionPlanOther,
      remarks: plan.remarks,
    },
  };
}

export type ContactCard = ReturnType<typeof contactCardOf>;

const options = (entries: readonly FixedEntry[], chosen: readonly string[]): CardOption[] =>
  entries.map((e) => ({ no: e.no, code: e.code, label: e.label, chosen: chosen.includes(e.code) }));

/** 家庭主要成员 in one line: "共 3 人：配偶 李秀英（失业/无业），儿子 张磊（大学）". */
function householdSummary(
  row: PlainArchiveRow,
  members: PlainMemberRow[],
  viewer: Viewer | null,
): string {
  const people = [...members]
    .sort((a, b) => a.position - b.position)
    .map((m) => {
      const status = m.memberStatus ? `（${dictionaryLabel('memberStatus', m.memberStatus)}）` : '';
      return `${dictionaryLabel('relation', m.relation)} ${personName(viewer, m.name)}${status}`;
    });
  return `共 ${row.householdSize} 人${people.length ? `：${people.join('，')}` : ''}`;
}

/** 致困原因: "主要：患重特大疾病；次要：下岗失业、子女上学". */
function causesText(row: PlainArchiveRow): string {
  const label = (code: string) =>
    HARDSHIP_CAUSES[code as keyof typeof HARDSHIP_CAUSES]?.label ?? code;
  const secondary = row.secondaryCauses.map(label).join('、');
  return `主要：${label(row.primaryCause)}${secondary ? `；次要：${secondary}` : ''}`;
}

/** 联系方式 of the worker: the masked mobile and any other contact given. */
function contactText(row: PlainArchiveRow): string | null {
  const parts = [row.mobile ? maskMobile(row.mobile) : null, row.otherContact].filter(Boolean);
  return parts.length ? parts.join('；') : null;
}
