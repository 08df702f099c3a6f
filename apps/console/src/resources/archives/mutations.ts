import { graphql } from '../../generated/graphql/index.js';

/* The archive form's writes, answering the archive with warnings; the page's others are in data/archive-operations.ts. */

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
        ...FieldErrors
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
        ...FieldErrors
      }
    }
  }
`);
