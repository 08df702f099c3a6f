import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { WorkflowAction } from '@bangfu/domain';
import * as ops from './archive-operations.js';
import { validationHttpError, type ApiFieldError } from './form-errors.js';
import type { GraphQLClient } from './graphql-client.js';

/*
 * The data provider's named methods for the archive page (react-admin's "custom methods"):
 * each sends one typed document and answers its result, or throws a ValidationError as an
 * HttpError(400) whose body.errors follow the form, as create/update do. Pages call them through
 * useDataProvider, so every read and write of the console goes through the one provider.
 */

type Result<TDoc> = TDoc extends DocumentTypeDecoration<infer R, unknown> ? R : never;
type Variables<TDoc> = TDoc extends DocumentTypeDecoration<unknown, infer V> ? V : never;
type Answer<TDoc> = Exclude<
  Result<TDoc> extends { result: infer A } ? A : never,
  { __typename: 'ValidationError' }
>;

interface Refusal {
  __typename: 'ValidationError';
  message: string;
  fieldErrors: readonly ApiFieldError[];
}

const isRefusal = (result: { __typename?: string }): result is Refusal =>
  result.__typename === 'ValidationError';

function method<TDoc extends DocumentTypeDecoration<{ result: { __typename?: string } }, never>>(
  client: GraphQLClient,
  document: TDoc,
) {
  return async (variables: Variables<TDoc>): Promise<{ data: Answer<TDoc> }> => {
    const send = client as (
      doc: unknown,
      vars: unknown,
    ) => Promise<{ result: { __typename?: string } }>;
    const { result } = await send(document, variables);
    if (isRefusal(result)) throw validationHttpError(result.message, result.fieldErrors);
    return { data: result as Answer<TDoc> };
  };
}

export function createArchiveMethods(client: GraphQLClient) {
  return {
    recordApplication: method(client, ops.RecordApplicationMutation),
    startPublicNotice: method(client, ops.StartPublicNoticeMutation),
    recordObjection: method(client, ops.RecordObjectionMutation),
    withdrawPublicNotice: method(client, ops.WithdrawPublicNoticeMutation),
    submitForApproval: method(client, ops.SubmitForApprovalMutation),
    approveArchive: method(client, ops.ApproveArchiveMutation),
    rejectArchive: method(client, ops.RejectArchiveMutation),
    redetermineArchive: method(client, ops.RedetermineArchiveMutation),
    exitArchive: method(client, ops.ExitArchiveMutation),
    reenterArchive: method(client, ops.ReenterArchiveMutation),
    setAssistancePlan: method(client, ops.SetAssistancePlanMutation),
    issueContactCard: method(client, ops.IssueContactCardMutation),
    addLedgerEntry: method(client, ops.AddLedgerEntryMutation),
    correctLedgerEntry: method(client, ops.CorrectLedgerEntryMutation),
    recordSpotCheck: method(client, ops.RecordSpotCheckMutation),
    revealSensitive: method(client, ops.RevealSensitiveMutation),
    removeAttachment: method(client, ops.RemoveAttachmentMutation),
    deleteArchive: method(client, ops.DeleteArchiveMutation),
  };
}

export type ArchiveMethods = ReturnType<typeof createArchiveMethods>;

/** A workflow step by its action's name (the buttons are listed from availableActions). */
export function workflowStep(
  methods: ArchiveMethods,
  action: WorkflowAction,
): (variables: { id: string } & Record<string, unknown>) => Promise<{ data: unknown }> {
  return methods[action] as never;
}
