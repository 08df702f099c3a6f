import { expect } from 'vitest';
import type { AssistanceWorld } from './assistance.js';
import { workflowClient } from './workflow.js';

/** Everything `statistics` answers, for tests that compare whole results. */
export const STATISTICS = `query($unionId: ID, $from: Date, $to: Date) { statistics(unionId: $unionId, from: $from, to: $to) {
  union { id code } from to today
  totalArchives inProgress established exited targets peopleCovered peopleExited newlyEstablished exits exitRate overdue
  ledgerEntries ledgerAmountFen
  archivesByState { code label count }
  byHardshipCategory { code label labelEn established exited targets }
  byPrimaryCause { code established exited targets }
  byKeyGroup { code established exited targets }
  byMeasure { code established exited targets }
  byActionPlan { code established exited targets }
  exitsByReason { code label count }
  ledgerByActionPlan { code entries amountFen }
  children { union { code name } establishmentDueOn establishmentRate pastDue totalArchives inProgress established exited
    peopleCovered exits overdue ledgerAmountFen }
} }`;

export async function statistics(
  world: AssistanceWorld,
  user: string,
  variables: Record<string, unknown> = {},
) {
  const res = await world.server.graphql(STATISTICS, variables, world.tokens[user]);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.statistics;
}

/** An archive taken through the workflow as people do: created, publicized, submitted, approved. */
export async function establishThroughWorkflow(
  world: AssistanceWorld,
  user: string,
  approver: string,
  seq: number,
) {
  const flow = workflowClient(world.server, world.tokens);
  const id = await flow.create(user, seq);
  await flow.step('startPublicNotice', id, world.tokens[user]!);
  await flow.step('submitForApproval', id, world.tokens[user]!);
  await flow.step('approveArchive', id, world.tokens[approver]!);
  return id;
}

const ADD_LEDGER = `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
  __typename ... on ValidationError { fieldErrors { path code } }
} }`;

export async function addLedgerEntry(
  world: AssistanceWorld,
  user: string,
  archiveId: string,
  on: string,
  actionPlan: string,
  amountFen: number,
) {
  const res = await world.server.graphql(
    ADD_LEDGER,
    { id: archiveId, input: { on, actionPlan, description: '帮扶', amountFen, by: '王建设' } },
    world.tokens[user],
  );
  expect(res.data?.addLedgerEntry?.__typename, JSON.stringify(res)).toBe('LedgerEntryPayload');
}

const SET_PLAN = `mutation($id: ID!, $input: AssistancePlanInput!, $v: Int) { setAssistancePlan(archiveId: $id, input: $input, version: $v) {
  __typename ... on AssistancePlanPayload { plan { version } } ... on ValidationError { fieldErrors { path code } }
} }`;

export async function setPlan(
  world: AssistanceWorld,
  user: string,
  archiveId: string,
  targetMonth: string,
  version?: number,
) {
  const res = await world.server.graphql(
    SET_PLAN,
    {
      id: archiveId,
      input: { targetMonth, personPost: '社区主任', personPhone: '037165551234' },
      v: version,
    },
    world.tokens[user],
  );
  expect(res.data?.setAssistancePlan?.__typename, JSON.stringify(res)).toBe(
    'AssistancePlanPayload',
  );
  return res.data!.setAssistancePlan.plan.version as number;
}
