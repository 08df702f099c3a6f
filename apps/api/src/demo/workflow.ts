/**
 * The workflow an archive went through (domain.md §4), as dated facts consistent with its status:
 * survey, public notice, approval with the determination, assistance plan and contact card,
 * ledger, spot checks and exit. Dates lie between the 2016 notice and LAST_DAY.
 */
import type { ActionPlan, ArchiveStatus, KeyGroup, Measure } from '@bangfu/domain';
import { codeTable, pickCode } from './codes.js';
import type { SchoolStage } from './names.js';
import { addDays, addMonths, minDate, toDayNumber, type Random } from './random.js';
import type {
  DemoArchive,
  DemoArchiveInput,
  DemoContactPerson,
  DemoDetermination,
  DemoHistory,
  DemoLedgerEntry,
} from './types.js';

/** The date of the notice (豫工办〔2016〕24号 follow-up): the first archives were built from then. */
export const FIRST_DAY = '2016-07-13';
/** The last date any demo fact carries. */
export const LAST_DAY = '2026-11-01';
/** 建档立卡 was to be complete by this date: most early archives date from the campaign. */
const CAMPAIGN_END = '2016-10-31';

export interface Timeline {
  status: ArchiveStatus;
  createdOn: string;
  notice?: { startsOn: string; endsOn: string };
  approvedOn?: string;
  exitOn?: string;
}

const clamp = (date: string): string => minDate(date, LAST_DAY);

/** A status with a realistic spread, and the dates it implies. */
export function pickTimeline(rng: Random): Timeline {
  const status = rng.weightedPairs<ArchiveStatus>([
    ['ESTABLISHED', 58],
    ['EXITED', 30],
    ['PENDING_APPROVAL', 4],
    ['PUBLICIZING', 4],
    ['DRAFT', 4],
  ]);
  if (status === 'DRAFT') return { status, createdOn: rng.date(addDays(LAST_DAY, -90), LAST_DAY) };
  if (status === 'PUBLICIZING') {
    const startsOn = rng.date(addDays(LAST_DAY, -9), addDays(LAST_DAY, -2));
    const endsOn = clamp(addDays(startsOn, 7));
    return { status, createdOn: addDays(startsOn, -rng.int(3, 30)), notice: { startsOn, endsOn } };
  }
  if (status === 'PENDING_APPROVAL') {
    const endsOn = rng.date(addDays(LAST_DAY, -30), addDays(LAST_DAY, -1));
    const startsOn = addDays(endsOn, -7);
    return { status, createdOn: addDays(startsOn, -rng.int(3, 30)), notice: { startsOn, endsOn } };
  }

  // Established, then perhaps exited: a third were built in the 2016 campaign.
  const latest = addDays(LAST_DAY, status === 'EXITED' ? -400 : -45);
  const campaign = rng.chance(0.35);
  const createdOn = campaign ? rng.date(FIRST_DAY, '2016-10-10') : rng.date('2016-10-11', latest);
  const startsOn = addDays(createdOn, campaign ? rng.int(2, 8) : rng.int(3, 20));
  const endsOn = addDays(startsOn, rng.chance(0.7) ? 7 : 5);
  const approvedOn = clamp(
    addDays(
      endsOn,
      campaign
        ? rng.int(1, Math.max(1, toDayNumber(CAMPAIGN_END) - toDayNumber(endsOn)))
        : rng.int(1, 20),
    ),
  );
  const timeline: Timeline = { status, createdOn, notice: { startsOn, endsOn }, approvedOn };
  if (status === 'EXITED') {
    const room = toDayNumber(LAST_DAY) - toDayNumber(approvedOn);
    timeline.exitOn = addDays(approvedOn, rng.int(Math.min(180, room), Math.min(6 * 365, room)));
  }
  return timeline;
}

// ---------------------------------------------------------------------------------------------

export interface HouseholdFacts {
  students: readonly { relation: string; name: string; stage: SchoolStage; birthDate: string }[];
  ill: boolean;
  unemployed: boolean;
  migrant: boolean;
  troubledEnterprise: boolean;
  uninsured: boolean;
  perMemberYuan: number;
  deep: boolean;
  disaster: boolean;
  singleParent: boolean;
  medicalMutualAid: boolean;
}

export interface WorkflowInput {
  unionKey: string;
  input: DemoArchiveInput;
  timeline: Timeline;
  assistance: { unit: string; person: DemoContactPerson };
  liaison: DemoContactPerson;
  /** People of the city-level union who spot-check. */
  checkers: readonly string[];
  facts: HouseholdFacts;
}

const EXIT_REASONS = codeTable('exitReason', {
  OUT_OF_DIFFICULTY: 75,
  NOT_ELIGIBLE: 7,
  MOVED_AWAY: 6,
  DECEASED: 5,
  OTHER: 7,
});

const SPOT_CHECK_RESULTS = codeTable('spotCheckResult', {
  CONFIRMED: 90,
  NEEDS_CORRECTION: 7,
  NOT_AS_STATED: 3,
});

const SPOT_CHECK_NOTES: Readonly<Record<string, readonly string[]>> = {
  CONFIRMED: [
    '入户核实，家庭收入及成员情况与档案一致',
    '电话回访并核对收入证明，情况属实',
    '与社区核实，档案信息准确',
    '查阅纸质档案与电子档案，信息一致',
  ],
  NEEDS_CORRECTION: [
    '家庭成员信息未及时更新，已要求基层工会补充',
    '缺少医疗费用票据复印件，需补充附件',
    '收入证明已过期，需重新提供',
  ],
  NOT_AS_STATED: [
    '核实发现其配偶已稳定就业，收入与档案不符，需重新评估',
    '家庭实际收入高于档案所填，需核减或退出',
  ],
};

const OBJECTIONS = [
  '群众反映其家中有门面房出租，经核实为租住房屋，异议不成立',
  '有职工反映其子女已参加工作，经核实子女仍在校就读，异议不成立',
  '反映其家庭有私家车，经核实为亲属所有，异议不成立',
];

/** Completes the archive with the facts its status implies. */
export function archiveWorkflow(rng: Random, w: WorkflowInput): DemoArchive {
  const { timeline, input } = w;
  const history: DemoHistory = { createdOn: timeline.createdOn };
  if (timeline.notice) {
    history.notice = {
      ...timeline.notice,
      objections: rng.chance(0.04) ? [rng.pick(OBJECTIONS)] : [],
    };
  }
  if (timeline.approvedOn) {
    const approvedOn = timeline.approvedOn;
    const determination = determinationOf(rng, w.facts, approvedOn);
    input.determination = determination;
    history.approval = { on: approvedOn, determination };

    const end = timeline.exitOn ?? LAST_DAY;
    const signedOn = minDate(clamp(addDays(approvedOn, rng.int(1, 10))), end);
    input.workerSignedOn = signedOn;
    let exitReason: string | undefined;
    if (timeline.exitOn) {
      exitReason = pickCode(rng, EXIT_REASONS);
      history.exit = { on: timeline.exitOn, reason: exitReason };
    }
    history.plan = {
      targetMonth: targetMonthOf(rng, approvedOn, timeline.exitOn, exitReason),
      measures: determination.measures,
      actionPlans: determination.actionPlans,
      personInCharge: w.assistance.person,
      liaison: w.liaison,
      cardIssuedOn: minDate(clamp(addDays(signedOn, rng.int(0, 5))), end),
    };
    const helpers = [w.assistance.person.name, w.liaison.name];
    history.ledger = ledgerOf(rng, determination, w.facts, approvedOn, end, helpers);
    const checks = spotChecksOf(rng, approvedOn, end, w.checkers);
    if (checks.length > 0) history.spotChecks = checks;
  }
  return { unionKey: w.unionKey, input, status: timeline.status, history };
}

function targetMonthOf(
  rng: Random,
  approvedOn: string,
  exitOn: string | undefined,
  reason: string | undefined,
): string {
  const earliest = addMonths(approvedOn, 6);
  const target =
    exitOn && reason === 'OUT_OF_DIFFICULTY'
      ? addMonths(exitOn, rng.int(-3, 2))
      : addMonths(approvedOn, rng.int(12, 36));
  return (target < earliest ? earliest : target).slice(0, 7);
}

// ---------------------------------------------------------------------------------------------

const KEY_GROUP_OTHER_NOTES = ['因灾致困家庭', '单亲困难家庭', '困难劳模家庭', '因病致困家庭'];
const MEASURE_OTHER_NOTES = ['教育救助', '临时救助', '住房保障协调', '法律援助'];
const ACTION_PLAN_OTHER_NOTES = ['法律援助', '心理关爱服务', '住房救助协调', '临时救助'];

/** 确定为解困脱困对象, classified from what the survey found. */
function determinationOf(rng: Random, f: HouseholdFacts, decidedOn: string): DemoDetermination {
  const keyGroups = new Set<KeyGroup>();
  if (f.migrant) keyGroups.add('URBAN_MIGRANT_WORKER');
  if (f.troubledEnterprise && (f.unemployed || rng.chance(0.4)))
    keyGroups.add('SUPPLY_SIDE_REFORM');
  if (f.ill || (f.students.length > 0 && rng.chance(0.6))) keyGroups.add('EXPENDITURE_HARDSHIP');
  if (f.deep && f.unemployed && rng.chance(0.5)) keyGroups.add('UNDEREMPLOYED_IN_DIBAO');
  else if (f.perMemberYuan < 800 && rng.chance(0.6)) keyGroups.add('BELOW_DIBAO_NOT_COVERED');
  let keyGroupOther: string | undefined;
  if (f.disaster || (f.singleParent && rng.chance(0.3)) || rng.chance(0.02)) {
    keyGroups.add('OTHER');
    keyGroupOther = f.disaster
      ? '因灾致困家庭'
      : f.singleParent
        ? '单亲困难家庭'
        : rng.pick(KEY_GROUP_OTHER_NOTES);
  }
  if (keyGroups.size === 0)
    keyGroups.add(rng.chance(0.5) ? 'EXPENDITURE_HARDSHIP' : 'BELOW_DIBAO_NOT_COVERED');

  const measures = new Set<Measure>();
  if (f.unemployed || f.migrant || rng.chance(0.2)) measures.add('EMPLOYMENT_AND_ENTREPRENEURSHIP');
  if (f.uninsured || rng.chance(0.1)) measures.add('SOCIAL_INSURANCE_COVERAGE');
  if (f.ill || f.medicalMutualAid) measures.add('SERIOUS_ILLNESS_AND_MUTUAL_AID');
  if (f.deep || rng.chance(0.15)) measures.add('SOCIAL_ASSISTANCE');
  let measureOther: string | undefined;
  if (f.disaster || (f.students.length > 0 && rng.chance(0.15)) || rng.chance(0.02)) {
    measures.add('OTHER');
    measureOther = f.disaster
      ? '临时救助'
      : f.students.length > 0
        ? '教育救助'
        : rng.pick(MEASURE_OTHER_NOTES);
  }
  if (measures.size === 0) measures.add('SOCIAL_ASSISTANCE');

  const actionPlans = new Set<ActionPlan>();
  if (rng.chance(0.92)) actionPlans.add('TARGETED_WARMTH');
  if (f.students.some((s) => s.stage !== 'KINDERGARTEN' && s.stage !== 'PRIMARY'))
    actionPlans.add('GOLDEN_AUTUMN_EDUCATION');
  if (f.ill || f.medicalMutualAid) actionPlans.add('MEDICAL_MUTUAL_AID');
  if (f.unemployed && rng.chance(0.5)) actionPlans.add('SKILLS_TRAINING');
  if ((f.unemployed || f.migrant) && rng.chance(0.5)) actionPlans.add('SUNSHINE_EMPLOYMENT');
  if (rng.chance(f.unemployed ? 0.1 : 0.03)) actionPlans.add('STARTUP_AID');
  if (rng.chance(0.3)) actionPlans.add('ONE_TO_ONE_PAIRING');
  let actionPlanOther: string | undefined;
  if (rng.chance(0.03)) {
    actionPlans.add('OTHER');
    actionPlanOther = rng.pick(ACTION_PLAN_OTHER_NOTES);
  }
  if (actionPlans.size === 0) actionPlans.add('TARGETED_WARMTH');

  return {
    isTarget: true,
    decidedOn,
    keyGroups: [...keyGroups],
    ...(keyGroupOther ? { keyGroupOther } : {}),
    measures: [...measures],
    ...(measureOther ? { measureOther } : {}),
    actionPlans: [...actionPlans],
    ...(actionPlanOther ? { actionPlanOther } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

const SPRING_FESTIVAL = ['春节送温暖慰问金', '春节慰问金', '元旦春节“两节”慰问金'];
const SKILLS = [
  '育婴员',
  '家政服务员',
  '养老护理员',
  '中式烹调师',
  '电工',
  '焊工',
  '保安员',
  '电子商务',
  '面点师',
];

/** Whole yuan in steps of `step`, as fen. */
function amount(rng: Random, min: number, max: number, step = 100): number {
  return rng.int(min / step, max / step) * step * 100;
}

/**
 * 帮扶台账: what the plans brought, year by year, between approval and exit (or LAST_DAY): the
 * Spring Festival visit every winter, 金秋助学 each autumn a child is at school, medical mutual
 * aid payments, training and job referrals once.
 */
function ledgerOf(
  rng: Random,
  d: DemoDetermination,
  f: HouseholdFacts,
  from: string,
  to: string,
  helpers: readonly string[],
): DemoLedgerEntry[] {
  const entries: DemoLedgerEntry[] = [];
  const start = addDays(from, 3);
  const add = (
    on: string,
    actionPlan: ActionPlan,
    description: string,
    amountFen: number,
  ): void => {
    if (on >= start && on <= to)
      entries.push({ on, actionPlan, description, amountFen, by: rng.pick(helpers) });
  };
  const plans = new Set(d.actionPlans);
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const within = (a: string, b: string): string => rng.date(a, b);

  for (let year = firstYear; year <= lastYear; year++) {
    // Not every family is visited every winter: the budget goes to the neediest first.
    if (plans.has('TARGETED_WARMTH') && rng.chance(0.7)) {
      const on = within(`${year}-01-05`, `${year}-02-05`);
      const [description, fen] = rng.chance(0.75)
        ? [rng.pick(SPRING_FESTIVAL), amount(rng, 500, 2000)]
        : ['春节慰问米面油等物资', amount(rng, 300, 500, 50)];
      add(on, 'TARGETED_WARMTH', description, fen);
    }
    if (plans.has('TARGETED_WARMTH') && rng.chance(0.1)) {
      const on = within(`${year}-07-01`, `${year}-07-31`);
      add(on, 'TARGETED_WARMTH', '夏送清凉慰问品', amount(rng, 100, 300, 50));
    }
    if (plans.has('GOLDEN_AUTUMN_EDUCATION')) {
      for (const s of f.students) {
        const age = year - Number(s.birthDate.slice(0, 4));
        const on = within(`${year}-08-15`, `${year}-09-20`);
        // 金秋助学 mostly helps a child into university; high-school pupils now and then.
        if (age === 18 || (age > 18 && age <= 22 && rng.chance(0.25))) {
          add(
            on,
            'GOLDEN_AUTUMN_EDUCATION',
            `金秋助学金（${s.name}，大学）`,
            amount(rng, 2000, 5000, 500),
          );
        } else if (age >= 15 && age <= 17 && rng.chance(0.4)) {
          add(
            on,
            'GOLDEN_AUTUMN_EDUCATION',
            `金秋助学金（${s.name}，高中）`,
            amount(rng, 1000, 2000, 500),
          );
        }
      }
    }
    if (plans.has('MEDICAL_MUTUAL_AID') && rng.chance(0.35)) {
      const on = within(`${year}-01-01`, `${year}-12-31`);
      if (rng.chance(0.75)) {
        add(on, 'MEDICAL_MUTUAL_AID', '职工医疗互助补助金', amount(rng, 500, 8000));
      } else {
        add(on, 'MEDICAL_MUTUAL_AID', '大病救助金', amount(rng, 2000, 10000, 500));
      }
    }
    if (plans.has('ONE_TO_ONE_PAIRING') && rng.chance(0.4)) {
      add(
        within(`${year}-03-01`, `${year}-11-30`),
        'ONE_TO_ONE_PAIRING',
        '结对帮扶走访慰问',
        amount(rng, 200, 800),
      );
    }
  }
  const once = (plan: ActionPlan, description: string, fen: number): void => {
    if (plans.has(plan))
      add(rng.date(start, minDate(addDays(start, 540), to)), plan, description, fen);
  };
  once('SKILLS_TRAINING', `参加${rng.pick(SKILLS)}技能培训，补贴培训费`, amount(rng, 600, 1500));
  once(
    'SUNSHINE_EMPLOYMENT',
    rng.pick(['参加“春风行动”招聘会，推荐就业岗位', '介绍到公益性岗位就业', '推荐到辖区企业就业']),
    0,
  );
  once('STARTUP_AID', '协助申请创业担保贷款，给予贴息补助', amount(rng, 2000, 6000, 500));
  once('OTHER', d.actionPlanOther ?? '其他帮扶', 0);
  return entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

function spotChecksOf(
  rng: Random,
  from: string,
  to: string,
  checkers: readonly string[],
): NonNullable<DemoHistory['spotChecks']> {
  const earliest = addDays(from, 30);
  if (earliest > to) return [];
  const count = rng.weighted([0, 1, 2], [55, 35, 10]);
  const dates = Array.from({ length: count }, () => rng.date(earliest, to)).sort();
  return dates.map((on) => {
    const result = pickCode(rng, SPOT_CHECK_RESULTS);
    const notes = SPOT_CHECK_NOTES[result] ?? SPOT_CHECK_NOTES.CONFIRMED!;
    return { on, checker: rng.pick(checkers), result, note: rng.pick(notes) };
  });
}
