import { and, eq } from 'drizzle-orm';
import type { Viewer } from '../auth/sessions.js';
import { diffArchive } from '../archives/history.js';
import type { Sealer } from '../crypto/data-key.js';
import type { Database } from '../db/client.js';
import { assistancePlans, unions } from '../db/schema/index.js';
import { checkScan } from '../archives/application.js';
import { ValidationError } from '../errors.js';
import { establishedArchive, keepsAssistanceOf } from './access.js';
import { maskPhones, recordAssistance } from './history.js';
import { validatePlan, type AssistancePlanInput, type PlanValues } from './plan-input.js';
import { chinaDate, Problems } from './problems.js';

type PlanRow = typeof assistancePlans.$inferSelect;

const PHONES = ['plan.personPhone', 'plan.liaisonPhone'];

/** The attachment type of the plan or card as the worker signed it (attachmentType dictionary). */
export const SIGNED_PLAN_SCAN = 'SIGNED_PLAN';

const versionConflict = () =>
  ValidationError.field(
    ['version'],
    'VERSION_CONFLICT',
    '该帮扶计划已被他人修改（你读取的是旧版本），请刷新后再保存。',
  );

/** The plan as history compares it: the input's names, the month as typed. */
function valuesOf(plan: PlanRow): PlanValues {
  return {
    assistanceUnit: plan.assistanceUnit,
    personName: plan.personName,
    personPost: plan.personPost,
    personPhone: plan.personPhone,
    liaisonName: plan.liaisonName,
    liaisonPost: plan.liaisonPost,
    liaisonPhone: plan.liaisonPhone,
    measures: plan.measures,
    measureOther: plan.measureOther,
    actionPlans: plan.actionPlans,
    actionPlanOther: plan.actionPlanOther,
    targetMonth: plan.targetMonth.slice(0, 7),
    workerSignedOn: plan.workerSignedOn,
    signatureWitness: plan.signatureWitness,
    signedPlanAttachmentId: plan.signedPlanAttachmentId,
    remarks: plan.remarks,
  };
}

const prefixed = (changes: Record<string, { from: unknown; to: unknown }>) =>
  Object.fromEntries(Object.entries(changes).map(([k, v]) => [`plan.${k}`, v]));

async function currentPlan(
  db: Database,
  archiveId: string,
  cycle: number,
): Promise<PlanRow | undefined> {
  const [plan] = await db
    .select()
    .from(assistancePlans)
    .where(and(eq(assistancePlans.archiveId, archiveId), eq(assistancePlans.cycle, cycle)));
  return plan;
}

/**
 * 制定计划: creates the plan of the archive's current cycle, or updates it with the version the
 * user read. A plan that appeared meanwhile (two people creating at once) is a conflict too.
 */
export async function setAssistancePlan(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  archiveId: string,
  raw: AssistancePlanInput,
  version: number | null,
): Promise<{ planId: string; archiveId: string }> {
  const row = await establishedArchive(
    db,
    viewer,
    archiveId,
    keepsAssistanceOf,
    '只有建档的基层工会可以制定帮扶计划。',
  );
  const existing = await currentPlan(db, row.id, row.cycle);
  if (existing && existing.version !== version) throw versionConflict();
  const [union] = await db.select().from(unions).where(eq(unions.id, row.unionId));
  const values = validatePlan(raw, row, union!);
  if (values.signedPlanAttachmentId) {
    await checkScan(
      db,
      row.id,
      values.signedPlanAttachmentId,
      SIGNED_PLAN_SCAN,
      'signedPlanAttachmentId',
      '职工签字的帮扶计划',
    );
  }
  const columns = { ...values, targetMonth: `${values.targetMonth}-01` };
  let planId: string;
  if (existing) {
    const [updated] = await db
      .update(assistancePlans)
      .set({ ...columns, version: existing.version + 1 })
      .where(
        and(eq(assistancePlans.id, existing.id), eq(assistancePlans.version, existing.version)),
      )
      .returning({ id: assistancePlans.id });
    if (!updated) throw versionConflict();
    planId = updated.id;
  } else {
    const [created] = await db
      .insert(assistancePlans)
      .values({ ...columns, archiveId: row.id, cycle: row.cycle })
      .onConflictDoNothing()
      .returning({ id: assistancePlans.id });
    if (!created) throw versionConflict();
    planId = created.id;
  }
  const changes = diffArchive(existing ? valuesOf(existing) : null, values);
  await recordAssistance(
    db,
    sealer,
    viewer,
    row,
    existing ? 'UPDATE_PLAN' : 'CREATE_PLAN',
    maskPhones(prefixed(changes), PHONES),
  );
  return { planId, archiveId: row.id };
}

/** 发放联系卡: records the day the contact card was handed over, from the current plan. */
export async function issueContactCard(
  db: Database,
  sealer: Sealer,
  viewer: Viewer,
  archiveId: string,
  on: string,
): Promise<{ archiveId: string }> {
  const row = await establishedArchive(
    db,
    viewer,
    archiveId,
    keepsAssistanceOf,
    '只有建档的基层工会可以发放联系卡。',
  );
  const plan = await currentPlan(db, row.id, row.cycle);
  if (!plan) {
    throw ValidationError.field(
      ['archiveId'],
      'NO_ASSISTANCE_PLAN',
      '联系卡依据帮扶计划填写，请先制定本周期的帮扶计划。',
    );
  }
  // Step (五): the card is issued from the plan the worker has signed (签字确认).
  if (!plan.workerSignedOn) {
    throw ValidationError.field(
      ['archiveId'],
      'PLAN_NOT_SIGNED',
      '联系卡依据职工签字确认的帮扶计划发放：请先在帮扶计划中登记职工签字日期（最好附签字页扫描件）。',
    );
  }
  const p = new Problems();
  const issuedOn = p.pastDate(['on'], on, '发卡日期', chinaDate(row.approvedAt));
  if (issuedOn && issuedOn < plan.workerSignedOn) {
    throw ValidationError.field(
      ['on'],
      'CARD_BEFORE_SIGNATURE',
      `发卡日期不能早于职工签字日期（${plan.workerSignedOn}）。`,
    );
  }
  p.throwIfAny('发放联系卡');
  await db
    .update(assistancePlans)
    .set({ cardIssuedOn: issuedOn })
    .where(eq(assistancePlans.id, plan.id));
  await recordAssistance(db, sealer, viewer, row, 'ISSUE_CONTACT_CARD', {
    'plan.cardIssuedOn': { from: plan.cardIssuedOn, to: issuedOn },
  });
  return { archiveId: row.id };
}
