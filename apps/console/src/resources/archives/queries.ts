import { graphql } from '../../generated/graphql/index.js';
import type { ArchiveDetailQuery as ArchiveDetailResult } from '../../generated/graphql/graphql.js';

/*
 * The archive screens' own operations (typed by codegen): the form's fields, the show page's
 * tabs, and the mutations whose payloads the generic data provider does not know
 * (ArchivePayload with warnings, plans, ledger entries, spot checks, reveals).
 */

export const ArchiveFormFields = graphql(`
  fragment ArchiveFormFields on Archive {
    id
    number
    status
    version
    updatedAt
    union {
      id
      name
    }
    hardshipCategory
    name
    ethnicity
    sex
    politicalStatus
    idNumber
    birthDate
    health
    disabilityCategory
    disabilityGrade
    workStatus
    modelWorkerType
    housingType
    floorArea
    mobile
    otherContact
    postalCode
    workStartDate
    industry
    maritalStatus
    hukouType
    address
    employer
    employerType
    enterpriseStatus
    singleParent
    monthlyIncomeFen
    otherAnnualIncomeFen
    householdAnnualIncomeFen
    householdSize
    hukouRegionCode
    medicalInsurance
    seriousIllnessInsurance
    medicalMutualAid
    canSelfHelp
    zeroEmployment
    members {
      position
      name
      relation
      sex
      politicalStatus
      idNumber
      birthDate
      health
      monthlyIncomeFen
      memberStatus
      medicalInsurance
      employerOrSchool
    }
    primaryCause
    secondaryCauses
    bankName
    bankBranch
    bankCardNumber
    remarks
    workerSignedOn
    archivist
    reviewer
    enteredBy
    assistanceUnit
    assistancePerson
    determination {
      isTarget
      decidedOn
      keyGroups
      keyGroupOther
      measures
      measureOther
      actionPlans
      actionPlanOther
    }
  }
`);

export const ArchiveForEditQuery = graphql(`
  query ArchiveForEdit($id: ID!) {
    archive(id: $id) {
      ...ArchiveFormFields
      history(first: 1) {
        at
        by {
          name
          username
        }
      }
    }
  }
`);

export const ArchiveDetailQuery = graphql(`
  query ArchiveDetail($id: ID!) {
    archive(id: $id) {
      ...ArchiveFormFields
      union {
        address
        liaisonPhone
      }
      applicationOn
      applicationChannel
      age
      cycle
      createdAt
      approvedAt
      submittedAt
      noticeStartsOn
      noticeEndsOn
      rejectionReason
      exitedOn
      exitReason
      exitNote
      availableActions
      viewerCan {
        edit
        delete
        reveal
        manageAttachments
        keepAssistance
        spotCheck
      }
      overdue
      spotCheckFlagged
      neverAssisted
      noUpdateInAYear
      looksReadyToExit
      minimumLivingLineFen
      incomeToLineRatio
      suggestedHardshipCategory
      monthlyIncomePerMemberFen
      ledgerTotalFen
      ledgerTotalAllCyclesFen
      ledgerEntryCount
      plan {
        id
        version
        cycle
        assistanceUnit
        personName
        personPost
        personPhone
        liaisonName
        liaisonPost
        liaisonPhone
        measures
        measureOther
        actionPlans
        actionPlanOther
        targetMonth
        workerSignedOn
        signatureWitness
        signedPlanAttachmentId
        remarks
        cardIssuedOn
        updatedAt
      }
      plans {
        id
        cycle
        assistanceUnit
        personName
        targetMonth
        cardIssuedOn
      }
      contactCard {
        issuedOn
        personInChargeCopy {
          deadline
          causes
          householdSummary
        }
      }
      spotChecks {
        id
        on
        checker
        result
        note
        cycle
        resolvedAt
        union {
          id
          name
        }
      }
      attachments {
        id
        type
        name
        remark
        contentType
        size
        createdAt
        url
      }
      objections {
        id
        note
        cycle
        recordedAt
      }
    }
  }
`);

export const ArchiveHistoryQuery = graphql(`
  query ArchiveHistory($id: ID!, $first: Int, $after: ID) {
    archive(id: $id) {
      id
      history(first: $first, after: $after) {
        id
        action
        at
        by {
          id
          username
          name
        }
        changes
        reason
      }
    }
  }
`);

export const ArchiveAsOfQuery = graphql(`
  query ArchiveAsOf($id: ID!, $on: Date!) {
    archiveAsOf(id: $id, on: $on) {
      at
      action
      status
      number
      data
    }
  }
`);

export const ArchiveLedgerQuery = graphql(`
  query ArchiveLedger($id: ID!, $first: Int, $after: String) {
    archive(id: $id) {
      id
      cycle
      ledgerTotalFen
      ledgerTotalAllCyclesFen
      ledgerEntryCount
      ledger(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            on
            actionPlan
            description
            amountFen
            by
            cycle
            correctionReason
            reverses {
              id
            }
            replaces {
              id
            }
            reversal {
              id
              correctionReason
            }
          }
        }
      }
    }
  }
`);

export const RevealLogQuery = graphql(`
  query ArchiveRevealLog($id: ID!) {
    archive(id: $id) {
      id
      revealLog {
        at
        field
        memberPosition
        attachmentId
        by {
          id
          username
          name
        }
      }
    }
  }
`);

export type ArchiveDetail = NonNullable<ArchiveDetailResult['archive']>;

export const ArchiveAttachmentsQuery = graphql(`
  query ArchiveAttachments($id: ID!) {
    archive(id: $id) {
      id
      attachments {
        id
        type
        name
        remark
        contentType
        size
        createdAt
        url
      }
    }
  }
`);
