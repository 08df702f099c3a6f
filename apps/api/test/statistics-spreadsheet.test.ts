import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysFromToday,
  draftArchive,
  establishedArchive,
  monthFromNow,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';
import { firstOfMonthOf, lastOfMonthOf } from './support/months.js';
import { addLedgerEntry, setPlan, statistics } from './support/statistics.js';
import { loadWorkbook } from './support/workbook.js';

/*
 * GET /spreadsheets/statistics.xlsx: the statistics query as a workbook, for the dashboard's
 * download button. The numbers must be the query's own, sheet by sheet.
 *   郑州 / 金水 / 文化路: an established archive (ledger ¥1,500.00 and ¥1,234,567.89), a draft
 *   开封 / 鼓楼 / 州桥:   an established archive
 */
let world: AssistanceWorld;

beforeAll(async () => {
  world = await startAssistanceWorld();
  const a1 = await establishedArchive(world, 'wenhualu', 1, { approvedDaysAgo: 100 });
  await draftArchive(world, 'wenhualu', 2);
  await establishedArchive(world, 'gulou-jc', 3, { approvedDaysAgo: 10 });
  await setPlan(world, 'wenhualu', a1, monthFromNow(6));
  await addLedgerEntry(world, 'wenhualu', a1, daysFromToday(-90), 'MEDICAL_MUTUAL_AID', 150_000);
  await addLedgerEntry(
    world,
    'wenhualu',
    a1,
    daysFromToday(0),
    'GOLDEN_AUTUMN_EDUCATION',
    12_345_678,
  );
});
afterAll(() => world?.server.close());

async function download(user: string | null, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  return await fetch(
    `${world.server.url}/spreadsheets/statistics.xlsx${search ? `?${search}` : ''}`,
    {
      headers: user ? { authorization: `Bearer ${world.tokens[user]}` } : {},
    },
  );
}

/** A sheet as rows of cell values (row 1, the header, included). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) =>
    rows.push(Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)),
  );
  return rows;
}

const valueOf = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)?.[1];

describe('the statistics workbook', () => {
  it('has a sheet per dimension and per child union, with the numbers of the statistics query', async () => {
    const res = await download('province');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(
      '建档立卡情况-河南省总工会.xlsx',
    );
    const book = await loadWorkbook(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '总览',
      '按状态',
      '按困难类别',
      '按主要致困原因',
      '按五类重点群体',
      '按四个一批措施',
      '按七个行动计划',
      '退出原因',
      '帮扶台账',
      '下级工会',
    ]);
    const s = await statistics(world, 'province');
    const overview = rowsOf(book.getWorksheet('总览')!);
    expect(valueOf(overview, '工会')).toBe('河南省总工会');
    expect(valueOf(overview, '统计期间')).toBe('全部时间');
    expect(valueOf(overview, '档案总数')).toBe(s.totalArchives);
    expect(valueOf(overview, '已建档（帮扶中）')).toBe(s.established);
    expect(valueOf(overview, '帮扶金额（元）')).toBe(124_956.78);

    const states = rowsOf(book.getWorksheet('按状态')!);
    for (const row of s.archivesByState)
      expect(states.find((r) => r[1] === row.code)?.[2], row.code).toBe(row.count);
    expect(states.at(-1)).toEqual(['合计', null, 3]);

    const groups = rowsOf(book.getWorksheet('按五类重点群体')!);
    expect(groups[0]).toEqual(['五类重点群体', '代码', '帮扶中', '已退出', '合计']);
    expect(groups.find((r) => r[1] === 'EXPENDITURE_HARDSHIP')).toEqual([
      '支出性生活困难',
      'EXPENDITURE_HARDSHIP',
      2,
      0,
      2,
    ]);
    expect(groups).toHaveLength(1 + s.byKeyGroup.length);

    const ledger = rowsOf(book.getWorksheet('帮扶台账')!);
    expect(ledger.find((r) => r[1] === 'GOLDEN_AUTUMN_EDUCATION')?.slice(2)).toEqual([
      1, 123_456.78,
    ]);
    expect(ledger.at(-1)).toEqual(['合计', null, 2, 124_956.78]);

    const children = rowsOf(book.getWorksheet('下级工会')!);
    expect(children.slice(1).map((r) => r.slice(0, 3))).toEqual(
      s.children.map((c: { union: { name: string; code: string }; totalArchives: number }) => [
        c.union.name,
        c.union.code,
        c.totalArchives,
      ]),
    );
  });

  it('answers for a union below and a period in whole months, like the query', async () => {
    const from = firstOfMonthOf(daysFromToday(-120));
    const to = lastOfMonthOf(daysFromToday(0));
    const unionId = world.tree.unions.jinshui.id;
    const book = await loadWorkbook(
      await (await download('zhengzhou', { unionId, from, to })).arrayBuffer(),
    );
    const s = await statistics(world, 'zhengzhou', { unionId, from, to });
    const overview = rowsOf(book.getWorksheet('总览')!);
    expect(valueOf(overview, '工会')).toBe('郑州市金水区总工会');
    expect(valueOf(overview, '统计期间')).toBe(`${from} 至 ${to}`);
    expect(valueOf(overview, '期内新确定对象')).toBe(s.newlyEstablished);
    expect(valueOf(overview, '档案总数')).toBe(2);
    const children = rowsOf(book.getWorksheet('下级工会')!).slice(1);
    expect(children.map((r) => r[1])).toEqual(['410105-001', '410105-002']);
  });

  it('refuses a period that is not whole months, naming the parameter', async () => {
    const res = await download('province', { from: '2026-01-15' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      errors: [{ code: 'PERIOD_FROM_NOT_MONTH_START', field: 'from' }],
    });
    const bad = await download('province', { to: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ code: 'DATE_INVALID', field: 'to' }] });
  });

  it('keeps to the viewer’s subtree and needs a token; analysts may download', async () => {
    expect((await download('wenhualu', { unionId: world.tree.unions.kaifeng.id })).status).toBe(
      403,
    );
    expect((await download('wenhualu', { unionId: 'not-an-id' })).status).toBe(403);
    expect((await download(null)).status).toBe(401);
    const analyst = await download('zz-analyst');
    expect(analyst.status).toBe(200);
    const overview = rowsOf(
      (await loadWorkbook(await analyst.arrayBuffer())).getWorksheet('总览')!,
    );
    expect(valueOf(overview, '工会')).toBe('郑州市总工会');
    expect(
      (await fetch(`${world.server.url}/spreadsheets/statistics.xlsx`, { method: 'POST' })).status,
    ).toBe(405);
  });
});
