import { todayIso } from '@bangfu/domain';
import { expect } from 'vitest';
import { archiveInput } from './archive-input.js';
import type { TestServer } from './server.js';

/** A date `days` from today in China ('YYYY-MM-DD'), negative for the past. */
export function daysFromToday(days: number): string {
  return new Date(Date.parse(`${todayIso()}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

export const ARCHIVE_FIELDS = `id status version cycle availableActions noticeStartsOn noticeEndsOn rejectionReason
  exitedOn exitReason exitNote approvedAt determination { isTarget keyGroups }`;

const RESULT = `__typename
  ... on Archive { ${ARCHIVE_FIELDS} }
  ... on ValidationError { message fieldErrors { path code message } }`;

/** Each workflow mutation with its arguments, answering the archive or a ValidationError. */
export const WORKFLOW = {
  recordApplication: `mutation($id: ID!, $on: Date!, $channel: String!, $attachmentId: ID) { result: recordApplication(id: $id, on: $on, channel: $channel, attachmentId: $attachmentId) { ${RESULT} } }`,
  redetermineArchive: `mutation($id: ID!, $determination: DeterminationInput!, $reason: String!) { result: redetermineArchive(id: $id, determination: $determination, reason: $reason) { ${RESULT} } }`,
  startPublicNotice: `mutation($id: ID!, $startsOn: Date!, $endsOn: Date!) { result: startPublicNotice(id: $id, startsOn: $startsOn, endsOn: $endsOn) { ${RESULT} } }`,
  recordObjection: `mutation($id: ID!, $note: String!) { result: recordObjection(id: $id, note: $note) { ${RESULT} } }`,
  withdrawPublicNotice: `mutation($id: ID!, $reason: String!) { result: withdrawPublicNotice(id: $id, reason: $reason) { ${RESULT} } }`,
  submitForApproval: `mutation($id: ID!) { result: submitForApproval(id: $id) { ${RESULT} } }`,
  approveArchive: `mutation($id: ID!, $determination: DeterminationInput!) { result: approveArchive(id: $id, determination: $determination) { ${RESULT} } }`,
  rejectArchive: `mutation($id: ID!, $reason: String!) { result: rejectArchive(id: $id, reason: $reason) { ${RESULT} } }`,
  exitArchive: `mutation($id: ID!, $on: Date!, $reason: String!, $note: String) { result: exitArchive(id: $id, on: $on, reason: $reason, note: $note) { ${RESULT} } }`,
  reenterArchive: `mutation($id: ID!) { result: reenterArchive(id: $id) { ${RESULT} } }`,
} as const;

export type WorkflowMutation = keyof typeof WORKFLOW;

export const DETERMINATION = {
  isTarget: true,
  decidedOn: daysFromToday(-1),
  keyGroups: ['EXPENDITURE_HARDSHIP'],
  measures: ['SERIOUS_ILLNESS_AND_MUTUAL_AID'],
  actionPlans: ['MEDICAL_MUTUAL_AID', 'GOLDEN_AUTUMN_EDUCATION'],
};

/** 否: archived and helped, not a 解困脱困 target (so not classified). */
export const DETERMINATION_NO = { isTarget: false, decidedOn: daysFromToday(-1) };

/** Arguments that succeed for each mutation from its starting state. */
export const GOOD_ARGS: Record<WorkflowMutation, Record<string, unknown>> = {
  recordApplication: { on: daysFromToday(-20), channel: 'WRITTEN_APPLICATION' },
  redetermineArchive: {
    determination: { ...DETERMINATION_NO },
    reason: '复核后家庭收入已高于当地低保标准，不再作为解困脱困对象，继续常规帮扶。',
  },
  startPublicNotice: { startsOn: daysFromToday(-14), endsOn: daysFromToday(-7) },
  recordObjection: { note: '有群众反映其配偶另有经营收入，待核实。' },
  withdrawPublicNotice: { reason: '公示内容有误，更正后重新公示。' },
  submitForApproval: {},
  approveArchive: { determination: DETERMINATION },
  rejectArchive: { reason: '家庭收入证明不全，请补充。' },
  exitArchive: {
    on: todayIso(),
    reason: 'OUT_OF_DIFFICULTY',
    note: '再就业，家庭人均收入已连续6个月高于低保线。',
  },
  reenterArchive: {},
};

export interface WorkflowResult {
  __typename: string;
  /** For a GraphQL error (FORBIDDEN…): its code. */
  code?: string;
  message?: string;
  fieldErrors?: { path: string[]; code: string; message: string }[];
  [field: string]: unknown;
}

export interface Workflow {
  run(
    action: WorkflowMutation,
    id: string,
    token: string,
    args?: Record<string, unknown>,
  ): Promise<WorkflowResult>;
  /** Runs a step that must succeed and answers the archive. */
  step(
    action: WorkflowMutation,
    id: string,
    token: string,
    args?: Record<string, unknown>,
  ): Promise<WorkflowResult>;
  /**
   * Creates a draft archive as the grassroots union `user`, with the worker's application
   * recorded (as a paper application comes in) unless `application: false`.
   */
  create(
    user: string,
    seq: number,
    overrides?: Record<string, unknown>,
    options?: { application?: boolean },
  ): Promise<string>;
}

/** Client-side helpers: the same requests the console sends. */
export function workflowClient(server: TestServer, tokens: Record<string, string>): Workflow {
  const run: Workflow['run'] = async (action, id, token, args = GOOD_ARGS[action]) => {
    const res = await server.graphql(WORKFLOW[action], { id, ...args }, token);
    if (res.errors)
      return {
        __typename: 'Error',
        code: res.errors[0]!.extensions?.code,
        message: res.errors[0]!.message,
      };
    return res.data!.result as WorkflowResult;
  };
  return {
    run,
    async step(action, id, token, args) {
      const result = await run(action, id, token, args);
      expect(result, `${action}: ${JSON.stringify(result)}`).toMatchObject({
        __typename: 'Archive',
      });
      return result;
    },
    async create(user, seq, overrides = {}, { application = true } = {}) {
      const res = await server.graphql(
        'mutation($input: ArchiveInput!) { createArchive(input: $input) { __typename ... on ArchivePayload { archive { id } } ... on ValidationError { message } } }',
        { input: archiveInput(seq, overrides) },
        tokens[user],
      );
      expect(res.data?.createArchive?.__typename, JSON.stringify(res)).toBe('ArchivePayload');
      const id = res.data!.createArchive.archive.id as string;
      if (application) await this.step('recordApplication', id, tokens[user]!);
      return id;
    },
  };
}
