import { graphql } from '../generated/graphql/index.js';

/*
 * Every write the archive page sends, as typed documents (graphql-codegen): the workflow steps
 * and the archive's own work (plan, contact card, ledger, spot checks, reveals, attachments).
 * Refusals share one selection (FieldErrors); a step answers only what the page re-reads.
 * The data provider's named methods (archive-methods.ts) send them.
 */

export const FieldErrorsFragment = graphql(`
  fragment FieldErrors on ValidationError {
    message
    fieldErrors {
      path
      code
      message
    }
  }
`);

/** What a workflow step answers: the archive's new state, which the page then reads again. */
export const WorkflowStepFragment = graphql(`
  fragment WorkflowStep on Archive {
    id
    version
    status
    availableActions
  }
`);

export const RecordApplicationMutation = graphql(`
  mutation RecordApplicationStep($id: ID!, $on: Date!, $channel: String!, $attachmentId: ID) {
    result: recordApplication(id: $id, on: $on, channel: $channel, attachmentId: $attachmentId) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const StartPublicNoticeMutation = graphql(`
  mutation StartPublicNoticeStep($id: ID!, $startsOn: Date!, $endsOn: Date!) {
    result: startPublicNotice(id: $id, startsOn: $startsOn, endsOn: $endsOn) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const RecordObjectionMutation = graphql(`
  mutation RecordObjectionStep($id: ID!, $note: String!) {
    result: recordObjection(id: $id, note: $note) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const WithdrawPublicNoticeMutation = graphql(`
  mutation WithdrawPublicNoticeStep($id: ID!, $reason: String!) {
    result: withdrawPublicNotice(id: $id, reason: $reason) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const SubmitForApprovalMutation = graphql(`
  mutation SubmitForApprovalStep($id: ID!) {
    result: submitForApproval(id: $id) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const ApproveArchiveMutation = graphql(`
  mutation ApproveArchiveStep($id: ID!, $determination: DeterminationInput!) {
    result: approveArchive(id: $id, determination: $determination) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const RejectArchiveMutation = graphql(`
  mutation RejectArchiveStep($id: ID!, $reason: String!) {
    result: rejectArchive(id: $id, reason: $reason) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const RedetermineArchiveMutation = graphql(`
  mutation RedetermineArchiveStep($id: ID!, $determination: DeterminationInput!, $reason: String!) {
    result: redetermineArchive(id: $id, determination: $determination, reason: $reason) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const ExitArchiveMutation = graphql(`
  mutation ExitArchiveStep($id: ID!, $on: Date!, $reason: String!, $note: String) {
    result: exitArchive(id: $id, on: $on, reason: $reason, note: $note) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const ReenterArchiveMutation = graphql(`
  mutation ReenterArchiveStep($id: ID!) {
    result: reenterArchive(id: $id) {
      __typename
      ...WorkflowStep
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const SetAssistancePlanMutation = graphql(`
  mutation SetAssistancePlan($archiveId: ID!, $version: Int, $input: AssistancePlanInput!) {
    result: setAssistancePlan(archiveId: $archiveId, version: $version, input: $input) {
      __typename
      ... on AssistancePlanPayload {
        plan {
          id
          version
        }
      }
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const IssueContactCardMutation = graphql(`
  mutation IssueContactCard($archiveId: ID!, $on: Date!) {
    result: issueContactCard(archiveId: $archiveId, on: $on) {
      __typename
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const AddLedgerEntryMutation = graphql(`
  mutation AddLedgerEntry($archiveId: ID!, $input: LedgerEntryInput!) {
    result: addLedgerEntry(archiveId: $archiveId, input: $input) {
      __typename
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const CorrectLedgerEntryMutation = graphql(`
  mutation CorrectLedgerEntry($entryId: ID!, $input: LedgerCorrectionInput!) {
    result: correctLedgerEntry(entryId: $entryId, input: $input) {
      __typename
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const RecordSpotCheckMutation = graphql(`
  mutation RecordSpotCheck($archiveId: ID!, $input: SpotCheckInput!) {
    result: recordSpotCheck(archiveId: $archiveId, input: $input) {
      __typename
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const RevealSensitiveMutation = graphql(`
  mutation RevealSensitive($archiveId: ID!, $field: SensitiveField!, $memberPosition: Int) {
    result: revealSensitive(archiveId: $archiveId, field: $field, memberPosition: $memberPosition) {
      __typename
      ... on RevealedValue {
        value
      }
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const RemoveAttachmentMutation = graphql(`
  mutation RemoveAttachment($id: ID!) {
    result: removeAttachment(id: $id) {
      __typename
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const DeleteArchiveMutation = graphql(`
  mutation DeleteArchive($id: ID!) {
    result: deleteArchive(id: $id) {
      __typename
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);
