import { graphql } from '../../generated/graphql/index.js';

/* Writes on an archive whose answers carry more than the archive: warnings, plans, entries, values. */

export const CreateArchiveMutation = graphql(`
  mutation CreateArchive($input: ArchiveInput!) {
    result: createArchive(input: $input) {
      __typename
      ... on ArchivePayload {
        archive {
          id
          version
        }
        warnings {
          path
          code
          message
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

export const UpdateArchiveMutation = graphql(`
  mutation UpdateArchive($id: ID!, $version: Int!, $input: ArchiveInput!) {
    result: updateArchive(id: $id, version: $version, input: $input) {
      __typename
      ... on ArchivePayload {
        archive {
          id
          version
        }
        warnings {
          path
          code
          message
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
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
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

export const IssueContactCardMutation = graphql(`
  mutation IssueContactCard($archiveId: ID!, $on: Date!) {
    result: issueContactCard(archiveId: $archiveId, on: $on) {
      __typename
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

export const AddLedgerEntryMutation = graphql(`
  mutation AddLedgerEntry($archiveId: ID!, $input: LedgerEntryInput!) {
    result: addLedgerEntry(archiveId: $archiveId, input: $input) {
      __typename
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

export const CorrectLedgerEntryMutation = graphql(`
  mutation CorrectLedgerEntry($entryId: ID!, $input: LedgerCorrectionInput!) {
    result: correctLedgerEntry(entryId: $entryId, input: $input) {
      __typename
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

export const RecordSpotCheckMutation = graphql(`
  mutation RecordSpotCheck($archiveId: ID!, $input: SpotCheckInput!) {
    result: recordSpotCheck(archiveId: $archiveId, input: $input) {
      __typename
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
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
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

export const RemoveAttachmentMutation = graphql(`
  mutation RemoveAttachment($id: ID!) {
    result: removeAttachment(id: $id) {
      __typename
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);

export const DeleteArchiveMutation = graphql(`
  mutation DeleteArchive($id: ID!) {
    result: deleteArchive(id: $id) {
      __typename
      ... on ValidationError {
        message
        fieldErrors {
          path
          code
          message
        }
      }
    }
  }
`);
