import { graphql } from '../generated/graphql/index.js';

/**
 * Every field the paper archive form prints (附件1): the form's own fields, plus the derived
 * income, the attachment list, the worker's application and the signature the plan records.
 */
export const ArchiveOnPaperQuery = graphql(`
  query ArchiveOnPaper($id: ID!) {
    archive(id: $id) {
      ...ArchiveFormFields
      monthlyIncomePerMemberFen
      applicationOn
      applicationChannel
      plan {
        workerSignedOn
        signatureWitness
      }
      attachments {
        id
        type
        name
        remark
      }
    }
  }
`);

/** Both copies of the contact card (附件2), as the API fills them from the current plan. */
export const ContactCardOnPaperQuery = graphql(`
  query ContactCardOnPaper($id: ID!) {
    archive(id: $id) {
      id
      number
      name
      contactCard {
        issuedOn
        personInChargeCopy {
          number
          name
          sex
          birthMonth
          address
          employer
          householdSummary
          causes
          hardshipCategory
          deadline
          contact
          assistanceUnit
          assistancePerson
        }
        workerCopy {
          name
          sex
          birthMonth
          assistanceUnit
          assistancePerson
          post
          phone
          liaisonName
          liaisonPost
          liaisonPhone
          measures {
            no
            code
            label
            chosen
          }
          measureOther
          actionPlans {
            no
            code
            label
            chosen
          }
          actionPlanOther
          remarks
        }
      }
    }
  }
`);

/** 公示名单: masked names and where to object, nothing else about the workers. */
export const PublicNoticeOnPaperQuery = graphql(`
  query PublicNoticeOnPaper($unionId: ID!, $from: Date!, $to: Date!) {
    publicNoticeList(unionId: $unionId, from: $from, to: $to) {
      __typename
      ... on PublicNoticeList {
        unionName
        from
        to
        entries {
          archiveId
          name
          unionName
          hardshipCategoryLabel
          primaryCauseLabel
          noticeStartsOn
          noticeEndsOn
          objectionsTo {
            unionName
            address
            liaisonName
            liaisonPost
            liaisonPhone
          }
        }
      }
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

/** One logged reveal of a full sensitive number, before printing. */
export const RevealForPaperMutation = graphql(`
  mutation RevealForPaper($archiveId: ID!, $field: SensitiveField!, $memberPosition: Int) {
    result: revealSensitive(archiveId: $archiveId, field: $field, memberPosition: $memberPosition) {
      __typename
      ... on RevealedValue {
        value
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

/** Unions to choose from (the viewer's subtree), by name or code. */
export const UnionChoicesQuery = graphql(`
  query UnionChoices($search: String, $level: UnionLevel) {
    unions(search: $search, level: $level, first: 20) {
      edges {
        node {
          id
          name
          code
          level
        }
      }
    }
  }
`);
