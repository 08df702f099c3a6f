import { todayIso } from '@bangfu/domain';

/*
 * The five pieces of work the benchmark times, each as a GraphQL operation and as the request to
 * its hand-written twin (hand-written.ts). Both select the same data.
 */

export interface Sample {
  zhengzhouId: string;
  /** 郑州's union path: the subtree the page and the count read, as PostGraphile is sent it. */
  zhengzhouPath: string;
  status: string;
  primaryCause: string;
  fullArchiveId: string;
  /** Established archives to add ledger entries to, one per request. */
  ledgerArchiveIds: string[];
}

export interface Work {
  name: string;
  user: 'zhengzhou' | 'analyst' | 'admin';
  graphql: { query: string; variables: () => Record<string, unknown> };
  hand: { path: string; method?: 'POST'; body?: () => Record<string, unknown> };
  /** What both sides must answer alike, checked once before timing: [from GraphQL, from hand]. */
  same?: (graphql: Json, hand: Json) => [unknown, unknown];
  /**
   * The same data asked of PostGraphile v5 over the same tables (bench/peer/, `--peer URL`), and
   * what it must answer alike (in the shape `same` gives for GraphQL). None for the statistics
   * and the ledger entry, which have no PostGraphile equivalent without writing them in SQL.
   */
  peer?: { query: string; variables: () => Record<string, unknown>; same: (peer: Json) => unknown };
}

// Answers are whatever JSON each side sent.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const STATISTICS = `query($from: Date, $to: Date) { statistics(from: $from, to: $to) {
  totalArchives inProgress established exited targets peopleCovered newlyEstablished exits exitRate overdue ledgerEntries ledgerAmountFen
  archivesByState { code count } byHardshipCategory { code established exited } byPrimaryCause { code established exited }
  byKeyGroup { code established exited } byMeasure { code established exited } byActionPlan { code established exited }
  exitsByReason { code count } ledgerByActionPlan { code entries amountFen }
  children { union { code name } totalArchives established exited peopleCovered exits overdue ledgerAmountFen } } }`;

/** The twelve whole months before this one. */
function lastTwelveMonths(): { from: string; to: string } {
  const [year, month] = todayIso().split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(year - 1, month - 1, 1)).toISOString().slice(0, 10);
  const to = new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
  return { from, to };
}

export function workList(sample: Sample): Work[] {
  const year = lastTwelveMonths();
  const filter = {
    unionId: sample.zhengzhouId,
    status: sample.status,
    primaryCause: sample.primaryCause,
  };
  const params = new URLSearchParams(filter).toString();
  const peerFilter = { p: sample.zhengzhouPath, s: sample.status, c: sample.primaryCause };
  let next = 0;
  const ledgerInput = () => ({
    archiveId: sample.ledgerArchiveIds[next++ % sample.ledgerArchiveIds.length]!,
    on: todayIso(),
    actionPlan: 'TARGETED_WARMTH',
    description: '春节慰问金',
    amountFen: 50_000,
    by: '王建设',
  });
  return [
    {
      name: 'page of 50 + members, city subtree, 2 filters',
      user: 'zhengzhou',
      graphql: {
        query: `query($f: ArchiveFilter) { archives(first: 50, filter: $f) {
          edges { node { id number name status hardshipCategory members { name relation } } } pageInfo { hasNextPage endCursor } } }`,
        variables: () => ({ f: filter }),
      },
      hand: { path: `/bench/archives?${params}` },
      same: (g, h) => [
        g.archives.edges.map((e: Json) => [e.node.id, e.node.members.length]),
        h.edges.map((a: Json) => [a.id, a.members.length]),
      ],
      peer: {
        query: `query($p: String!, $s: String!, $c: String!) { peerArchivesPage(prefix: $p, s: $s, cause: $c, first: 50) {
          nodes { rowId number name status hardshipCategory archiveMembersByArchiveId(orderBy: POSITION_ASC) { nodes { name relation } } }
          pageInfo { hasNextPage endCursor } } }`,
        variables: () => peerFilter,
        same: (p) =>
          p.peerArchivesPage.nodes.map((a: Json) => [
            a.rowId,
            a.archiveMembersByArchiveId.nodes.length,
          ]),
      },
    },
    {
      name: 'filtered count',
      user: 'zhengzhou',
      graphql: {
        query: 'query($f: ArchiveFilter) { archives(first: 0, filter: $f) { totalCount } }',
        variables: () => ({ f: filter }),
      },
      hand: { path: `/bench/count?${params}` },
      same: (g, h) => [g.archives.totalCount, h],
      peer: {
        query: `query($p: String!, $s: String!, $c: String!) { peerArchivesPage(prefix: $p, s: $s, cause: $c) { totalCount } }`,
        variables: () => peerFilter,
        same: (p) => p.peerArchivesPage.totalCount,
      },
    },
    {
      name: 'province statistics',
      user: 'analyst',
      graphql: { query: STATISTICS, variables: () => ({}) },
      hand: { path: '/bench/statistics' },
    },
    {
      name: 'province statistics, last 12 months',
      user: 'analyst',
      graphql: { query: STATISTICS, variables: () => ({ from: year.from, to: year.to }) },
      hand: { path: `/bench/statistics?from=${year.from}&to=${year.to.slice(0, 8)}01` },
    },
    {
      name: 'one archive with everything',
      user: 'admin',
      graphql: {
        query: `query($id: ID!) { archive(id: $id) { id number status name hardshipCategory union { name }
          members { name relation } plan { targetMonth measures actionPlans }
          ledger(first: 20) { edges { node { on actionPlan amountFen } } } spotChecks { on result } } }`,
        variables: () => ({ id: sample.fullArchiveId }),
      },
      hand: { path: `/bench/archive?id=${sample.fullArchiveId}` },
      same: (g, h) => [
        [g.archive.members.length, g.archive.ledger.edges.length, g.archive.spotChecks.length],
        [h.members.length, h.ledger.length, h.spotChecks.length],
      ],
      peer: {
        // Every plan of the archive (PostGraphile cannot join on the archive's current cycle);
        // the sampled archives have one.
        query: `query($id: UUID!) { archiveByRowId(rowId: $id) { rowId number status name hardshipCategory unionByUnionId { name }
          archiveMembersByArchiveId(orderBy: POSITION_ASC) { nodes { name relation } }
          assistancePlansByArchiveId { nodes { targetMonth measures actionPlans } }
          ledgerEntriesByArchiveId(first: 20, orderBy: ON_DESC) { nodes { on actionPlan amountFen } }
          spotChecksByArchiveId { nodes { on result } } } }`,
        variables: () => ({ id: sample.fullArchiveId }),
        same: (p) => {
          const a = p.archiveByRowId;
          return [
            a.archiveMembersByArchiveId.nodes.length,
            a.ledgerEntriesByArchiveId.nodes.length,
            a.spotChecksByArchiveId.nodes.length,
          ];
        },
      },
    },
    {
      name: 'ledger entry (mutation)',
      user: 'admin',
      graphql: {
        query: `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) {
          __typename ... on LedgerEntryPayload { entry { id on actionPlan amountFen } } ... on ValidationError { message } } }`,
        variables: () => {
          const { archiveId, ...input } = ledgerInput();
          return { id: archiveId, input };
        },
      },
      hand: { path: '/bench/ledger', method: 'POST', body: ledgerInput },
    },
  ];
}
