import { OTHER, parseYearMonth } from '@bangfu/domain';
import type { ArchiveRow } from '../archives/current.js';
import type { unions } from '../db/schema/index.js';
import { chinaDate, Problems } from './problems.js';

/** What the client sends (every field optional, so each problem comes back naming its field). */
export interface AssistancePlanInput {
  assistanceUnit?: string | null;
  personName?: string | null;
  personPost?: string | null;
  personPhone?: string | null;
  liaisonName?: string | null;
  liaisonPost?: string | null;
  liaisonPhone?: string | null;
  measures?: readonly string[] | null;
  measureOther?: string | null;
  actionPlans?: readonly string[] | null;
  actionPlanOther?: string | null;
  targetMonth?: string | null;
  workerSignedOn?: string | null;
  signatureWitness?: string | null;
  signedPlanAttachmentId?: string | null;
  remarks?: string | null;
}

/** The plan as stored and as history compares it (API names; the month as 'YYYY-MM'). */
export interface PlanValues {
  assistanceUnit: string;
  personName: string;
  personPost: string | null;
  personPhone: string | null;
  liaisonName: string | null;
  liaisonPost: string | null;
  liaisonPhone: string | null;
  measures: string[];
  measureOther: string | null;
  actionPlans: string[];
  actionPlanOther: string | null;
  targetMonth: string;
  workerSignedOn: string | null;
  signatureWitness: string | null;
  signedPlanAttachmentId: string | null;
  remarks: string | null;
}

type Union = Pick<typeof unions.$inferSelect, 'liaisonName' | 'liaisonPost' | 'liaisonPhone'>;

const given = (value: unknown) => value !== undefined && value !== null;

interface ChoiceList {
  name: 'measures' | 'actionPlans';
  note: 'measureOther' | 'actionPlanOther';
  label: string;
  noneChosen: string;
  noteMissing: 'MEASURE_OTHER_NOTE_REQUIRED' | 'ACTION_PLAN_OTHER_NOTE_REQUIRED';
}

const MEASURE_LIST: ChoiceList = {
  name: 'measures',
  note: 'measureOther',
  label: '解困脱困措施（四个一批）',
  noneChosen: 'PLAN_MEASURES_REQUIRED',
  noteMissing: 'MEASURE_OTHER_NOTE_REQUIRED',
};
const ACTION_PLAN_LIST: ChoiceList = {
  name: 'actionPlans',
  note: 'actionPlanOther',
  label: '解困脱困计划（七个行动计划）',
  noneChosen: 'PLAN_ACTION_PLANS_REQUIRED',
  noteMissing: 'ACTION_PLAN_OTHER_NOTE_REQUIRED',
};

/** A chosen list: at least one, no repeats, "other" with its note (the card prints it). */
function choices(
  p: Problems,
  list: ChoiceList,
  codes: readonly string[],
  note: string | null | undefined,
) {
  if (codes.length === 0)
    p.add([list.name], list.noneChosen, `帮扶计划请至少选择一项${list.label}`);
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i)
      p.domain([list.name, String(i)], 'OPTION_DUPLICATE', { label: list.label, value: code });
  });
  const text = p.text([list.note], note, `${list.label}“其他”的说明`, { max: 100 });
  if (codes.includes(OTHER) && !text) p.domain([list.note], list.noteMissing);
  // A note only means something next to "other"; without it there is nothing to explain.
  return { codes: [...new Set(codes)], note: codes.includes(OTHER) ? (text ?? null) : null };
}

/**
 * Checks a plan and fills what the archive already says: the assistance unit and person from
 * the form's sign-off, measures and plans from the determination, and the union's liaison
 * (困难职工所属工会联络人) when no liaison is given at all — never mixing two people's details.
 */
export function validatePlan(raw: AssistancePlanInput, row: ArchiveRow, union: Union): PlanValues {
  const p = new Problems();
  const assistanceUnit = p.text(
    ['assistanceUnit'],
    raw.assistanceUnit ?? row.assistanceUnit,
    '帮扶单位',
    { required: true, max: 100 },
  );
  const personName = p.text(['personName'], raw.personName ?? row.assistancePerson, '帮扶责任人', {
    required: true,
    max: 50,
  });
  const personPost = p.text(['personPost'], raw.personPost, '帮扶责任人职务', { max: 50 });
  const personPhone = p.phone(['personPhone'], raw.personPhone, '帮扶责任人联系方式');
  const ownLiaison = given(raw.liaisonName) || given(raw.liaisonPost) || given(raw.liaisonPhone);
  const liaison = ownLiaison ? raw : union;
  const liaisonName = p.text(['liaisonName'], liaison.liaisonName, '工会联络人姓名', { max: 50 });
  const liaisonPost = p.text(['liaisonPost'], liaison.liaisonPost, '工会联络人职务', { max: 50 });
  const liaisonPhone = p.phone(['liaisonPhone'], liaison.liaisonPhone, '工会联络人联系方式');
  // A list given replaces the determination's, note included; an omitted one keeps both.
  const measures = given(raw.measures)
    ? choices(p, MEASURE_LIST, raw.measures!, raw.measureOther)
    : choices(p, MEASURE_LIST, row.measures, raw.measureOther ?? row.measureOther);
  const actionPlans = given(raw.actionPlans)
    ? choices(p, ACTION_PLAN_LIST, raw.actionPlans!, raw.actionPlanOther)
    : choices(p, ACTION_PLAN_LIST, row.actionPlans, raw.actionPlanOther ?? row.actionPlanOther);
  const targetMonth = targetMonthOf(p, raw.targetMonth, chinaDate(row.approvedAt));
  const workerSignedOn = raw.workerSignedOn
    ? p.pastDate(['workerSignedOn'], raw.workerSignedOn, '职工签字日期', null)
    : undefined;
  const signatureWitness = p.text(['signatureWitness'], raw.signatureWitness, '签字见证人', {
    max: 50,
  });
  const remarks = p.text(['remarks'], raw.remarks, '备注', { max: 500 });
  p.throwIfAny('帮扶计划');
  return {
    assistanceUnit: assistanceUnit!,
    personName: personName!,
    personPost: personPost ?? null,
    personPhone: personPhone ?? null,
    liaisonName: liaisonName ?? null,
    liaisonPost: liaisonPost ?? null,
    liaisonPhone: liaisonPhone ?? null,
    measures: measures.codes,
    measureOther: measures.note,
    actionPlans: actionPlans.codes,
    actionPlanOther: actionPlans.note,
    targetMonth: targetMonth!,
    workerSignedOn: workerSignedOn ?? null,
    signatureWitness: signatureWitness ?? null,
    signedPlanAttachmentId: raw.signedPlanAttachmentId ?? null,
    remarks: remarks ?? null,
  };
}

/** 帮扶任务完成时限: a month, not before the month the archive was approved. */
function targetMonthOf(p: Problems, value: string | null | undefined, approvedOn: string | null) {
  const label = '帮扶任务完成时限';
  if (!value?.trim()) return void p.domain(['targetMonth'], 'REQUIRED', { label });
  const checked = parseYearMonth(value, label);
  if (!checked.ok) return void p.add(['targetMonth'], checked.code, checked.message);
  if (approvedOn && checked.value < approvedOn.slice(0, 7)) {
    return void p.add(
      ['targetMonth'],
      'TARGET_MONTH_BEFORE_APPROVAL',
      `${label}不能早于审批建档的月份（${approvedOn.slice(0, 7)}）`,
    );
  }
  return checked.value;
}
