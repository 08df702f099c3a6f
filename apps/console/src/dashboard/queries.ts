import { graphql } from '../generated/graphql/index.js';

/** domain.md §6 for a subtree, exactly as the API reports it, with a row per child union. */
export const DashboardStatisticsQuery = graphql(`
  query DashboardStatistics($unionId: ID, $from: Date, $to: Date) {
    statistics(unionId: $unionId, from: $from, to: $to) {
      union {
        id
        name
        level
      }
      from
      to
      today
      totalArchives
      inProgress
      established
      exited
      targets
      peopleCovered
      peopleExited
      newlyEstablished
      exits
      exitRate
      overdue
      ledgerEntries
      ledgerAmountFen
      archivesByState {
        code
        label
        labelEn
        count
      }
      byHardshipCategory {
        code
        label
        labelEn
        established
        exited
      }
      byPrimaryCause {
        code
        label
        labelEn
        established
        exited
      }
      byKeyGroup {
        code
        label
        labelEn
        established
        exited
      }
      byMeasure {
        code
        label
        labelEn
        established
        exited
      }
      byActionPlan {
        code
        label
        labelEn
        established
        exited
      }
      exitsByReason {
        code
        label
        labelEn
        count
      }
      ledgerByActionPlan {
        code
        label
        labelEn
        entries
        amountFen
      }
      children {
        union {
          id
          name
          code
          childCount
        }
        totalArchives
        inProgress
        established
        exited
        peopleCovered
        exits
        overdue
        ledgerAmountFen
        establishmentDueOn
        establishmentRate
        pastDue
      }
    }
  }
`);

export const DashboardReportPeriodsQuery = graphql(`
  query DashboardReportPeriods {
    reportPeriods {
      code
      label
      startsOn
      endsOn
      dueOn
    }
  }
`);

/** Who has reported for a period: the snapshot as submitted beside today's numbers. */
export const DashboardReportSubmissionsQuery = graphql(`
  query DashboardReportSubmissions($period: String!) {
    reportSubmissions(period: $period) {
      status
      submittedLate
      union {
        id
        name
        code
      }
      submission {
        id
        note
        submittedAt
        version
        submittedBy {
          name
        }
      }
      submitted {
        totalArchives
        established
        exited
        exits
        overdue
        ledgerAmountFen
      }
      today {
        totalArchives
        established
        exited
        exits
        overdue
        ledgerAmountFen
      }
    }
  }
`);

export const DashboardSubmitReportMutation = graphql(`
  mutation DashboardSubmitReport($period: String!, $note: String) {
    result: submitReport(period: $period, note: $note) {
      __typename
      ... on ReportSubmitted {
        submission {
          id
          version
          submittedAt
        }
      }
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export const DashboardCreateReportPeriodMutation = graphql(`
  mutation DashboardCreateReportPeriod(
    $code: String!
    $label: String!
    $startsOn: Date!
    $endsOn: Date!
    $dueOn: Date
  ) {
    result: createReportPeriod(
      code: $code
      label: $label
      startsOn: $startsOn
      endsOn: $endsOn
      dueOn: $dueOn
    ) {
      __typename
      ... on ReportPeriodCreated {
        period {
          code
        }
      }
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);
