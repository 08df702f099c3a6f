import { addDays, todayIso } from '@bangfu/domain';
import { expect } from 'vitest';
import { archiveInput, idNumberFor } from './archive-input.js';
import { apiAs, type Json } from './session.js';

/*
 * What a test needs on the server, set up through the API as a script would, so that each test
 * makes its own data and can run alone. Every name, ID number and period is new for each call:
 * tests share one server (and maybe a long-lived one, BANGFU_E2E_URL) and must not meet.
 * The demo users: wenhualu (文化路, grassroots), jinshui (金水区, county), zhengzhou (郑州市,
 * city), admin (the province).
 */

export type Api = Awaited<ReturnType<typeof apiAs>>;
type Variables = Record<string, unknown>;

const today = todayIso();
let made = 0;
const RUN = Math.floor(Math.random() * 100_000);

/** A suffix no other call in this run (or, very likely, any other run) gets. */
export function unique(): string {
  made += 1;
  return `${RUN}${String(made).padStart(2, '0')}`;
}

/** Digits written as Chinese numerals: a name that reads as a name and is new each time. */
export function uniqueName(stem: string): string {
  return stem + [...unique()].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
}

/** A valid ID number born on `birthDate` (by default some day in 1968–1981), new for each call. */
export function freshIdNumber(
  birthDate = addDays('1968-01-01', Math.floor(Math.random() * 5000)),
  sex: 'male' | 'female' = 'male',
): string {
  return idNumberFor(Number(unique()) % 499, birthDate, sex);
}

/**
 * Runs a mutation whose field answers `… | ValidationError`, failing the test with the API's
 * message on a refusal; answers the field. `selection` is what to read of an accepted result.
 */
export async function accepted(
  api: Api,
  mutation: string,
  variables: Variables,
  selection = '__typename',
): Promise<Json> {
  const declared = mutation.match(/^\s*(\w+)\s*(\(([^)]*)\))?/)!;
  const data = await api.query(
    `mutation(${declared[3] ? variableTypes(variables, declared[3]) : ''}) { r: ${mutation} {
      __typename ... on ValidationError { message fieldErrors { path message } } ${selection === '__typename' ? '' : selection} } }`,
    variables,
  );
  expect(data.r.__typename, `${declared[1]}: ${JSON.stringify(data.r)}`).not.toBe(
    'ValidationError',
  );
  return data.r;
}

/** `$id: ID!, $on: Date!…` for the variables a mutation's arguments use, typed by `TYPES`. */
function variableTypes(variables: Variables, args: string): string {
  return Object.keys(variables)
    .filter((name) => args.includes(`$${name}`))
    .map((name) => `$${name}: ${TYPES[name] ?? 'String!'}`)
    .join(', ');
}

const TYPES: Record<string, string> = {
  id: 'ID!',
  archiveId: 'ID!',
  on: 'Date!',
  startsOn: 'Date!',
  endsOn: 'Date!',
  dueOn: 'Date',
  days: 'Int!',
  version: 'Int',
  input: 'ArchiveInput!',
  plan: 'AssistancePlanInput!',
  entry: 'LedgerEntryInput!',
  user: 'CreateUserInput!',
  check: 'SpotCheckInput!',
  determination: 'DeterminationInput!',
  note: 'String',
};

export interface ArchiveRef {
  id: string;
  number: string;
  version: number;
  name: string;
  idNumber: string;
}

/** A draft (摸底调查/录入中) of 文化路: a worker living alone, or what `changes` say. */
export async function createArchiveThrough(
  api: Api,
  { name = uniqueName('测试'), idNumber = freshIdNumber(), ...changes }: Variables = {},
): Promise<ArchiveRef> {
  const input = { ...archiveInput(name as string, idNumber as string), ...changes };
  const created = await accepted(
    api,
    'createArchive(input: $input)',
    { input },
    '... on ArchivePayload { archive { id number version } }',
  );
  return { ...created.archive, name, idNumber } as ArchiveRef;
}

/** Applied for 20 days ago, publicized from 14 to 7 days ago, and submitted to the county. */
export async function submitThrough(wenhualu: Api, id: string) {
  await accepted(wenhualu, 'recordApplication(id: $id, on: $on, channel: "WRITTEN_APPLICATION")', {
    id,
    on: addDays(today, -20),
  });
  await accepted(wenhualu, 'startPublicNotice(id: $id, startsOn: $startsOn, endsOn: $endsOn)', {
    id,
    startsOn: addDays(today, -14),
    endsOn: addDays(today, -7),
  });
  await accepted(wenhualu, 'submitForApproval(id: $id)', { id });
}

/** An archive of 文化路 waiting for 金水区's approval (待审批). */
export async function pendingArchive(baseUrl: string, changes: Variables = {}) {
  const wenhualu = await apiAs(baseUrl, 'wenhualu');
  const archive = await createArchiveThrough(wenhualu, changes);
  await submitThrough(wenhualu, archive.id);
  return { ...archive, wenhualu };
}

/** 是: a 解困脱困对象 with a key group, a measure and an action plan. */
export const TARGET = {
  isTarget: true,
  keyGroups: ['EXPENDITURE_HARDSHIP'],
  measures: ['SERIOUS_ILLNESS_AND_MUTUAL_AID'],
  actionPlans: ['TARGETED_WARMTH'],
};
/** 否: archived and helped, not a 解困脱困对象. */
export const NOT_TARGET = { isTarget: false };

/** An archive 金水区 approved today (已建档（帮扶中）) with `determination`. */
export async function approvedArchive(
  baseUrl: string,
  { determination = TARGET, ...changes }: Variables & { determination?: Variables } = {},
) {
  const pending = await pendingArchive(baseUrl, changes);
  const jinshui = await apiAs(baseUrl, 'jinshui');
  await approveThrough(jinshui, pending.id, determination);
  return { ...pending, jinshui };
}

/** 金水区 approves a submitted archive today. */
export async function approveThrough(jinshui: Api, id: string, determination: Variables = TARGET) {
  await accepted(jinshui, 'approveArchive(id: $id, determination: $determination)', {
    id,
    determination: { decidedOn: today, ...determination },
  });
}

/** 文化路's plan for an approved archive: the contact card can then be printed. */
export async function planThrough(wenhualu: Api, archiveId: string, plan: Variables = {}) {
  await accepted(wenhualu, 'setAssistancePlan(archiveId: $archiveId, input: $plan)', {
    archiveId,
    plan: {
      assistanceUnit: '文化路街道办事处',
      personName: '赵敏',
      targetMonth: addDays(today, 200).slice(0, 7),
      measures: TARGET.measures,
      actionPlans: TARGET.actionPlans,
      ...plan,
    },
  });
}

/** A ledger entry of 文化路; answers its id. */
export async function ledgerEntryThrough(wenhualu: Api, archiveId: string, entry: Variables) {
  const added = await accepted(
    wenhualu,
    'addLedgerEntry(archiveId: $archiveId, input: $entry)',
    { archiveId, entry: { on: today, by: '王建设', ...entry } },
    '... on LedgerEntryPayload { entry { id } }',
  );
  return added.entry.id as string;
}

/** 郑州市's spot check of an approved archive: 属实. */
export async function spotCheckThrough(zhengzhou: Api, archiveId: string) {
  await accepted(zhengzhou, 'recordSpotCheck(archiveId: $archiveId, input: $check)', {
    archiveId,
    check: { on: today, checker: '陈刚', result: 'CONFIRMED', note: '入户核实，情况属实。' },
  });
}

/** A 1×1 PNG: the smallest scan the API accepts. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Keeps a scan with an archive, as its grassroots union uploads it. */
export async function uploadScan(
  baseUrl: string,
  api: Api,
  archiveId: string,
  type: string,
  name: string,
) {
  const query = new URLSearchParams({ archiveId, type, name });
  const uploaded = await fetch(`${baseUrl}/attachments?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}`, 'content-type': 'image/png' },
    body: PNG,
  });
  expect(uploaded.status, await uploaded.clone().text()).toBeLessThan(300);
}

/** A reporting period of this year, set by the province, with a code and label of its own. */
export async function reportPeriod(baseUrl: string) {
  const year = today.slice(0, 4);
  const code = `E2E-${unique()}`;
  const label = `${year}年建档立卡情况（测试 ${code}）`;
  const admin = await apiAs(baseUrl, 'admin', 'bangfu-admin');
  await accepted(
    admin,
    'createReportPeriod(code: $code, label: $label, startsOn: $startsOn, endsOn: $endsOn, dueOn: $dueOn)',
    {
      code,
      label,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      dueOn: `${Number(year) + 1}-01-31`,
    },
  );
  return { code, label, admin };
}

/** 郑州市's report for `period`, with `note`. */
export async function submitReportThrough(baseUrl: string, period: string, note: string) {
  const zhengzhou = await apiAs(baseUrl, 'zhengzhou');
  await accepted(zhengzhou, 'submitReport(period: $period, note: $note)', { period, note });
}

/**
 * Sets the province's notice period (公示期天数); answers a function putting back what was
 * there, for the test to call when it is done (the setting is the whole server's).
 */
export async function noticePeriod(baseUrl: string, days: number) {
  const admin = await apiAs(baseUrl, 'admin', 'bangfu-admin');
  const before = (await admin.query('{ provinceSettings { noticePeriodDays } }')).provinceSettings
    .noticePeriodDays as number;
  const set = (value: number) =>
    admin.query('mutation($days: Int!) { setNoticePeriodDays(days: $days) { __typename } }', {
      days: value,
    });
  expect((await set(days)).setNoticePeriodDays.__typename).toBe('ProvinceSettings');
  return async () => {
    await set(before);
  };
}
