import { DEFAULT_DICTIONARIES } from '@bangfu/domain';
import { sql } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIdNumber } from './support/archive-input.js';
import type { FixtureTree } from './support/fixtures.js';
import type { GraphQLResponse, TestServer } from './support/server.js';
import { bufferOf, columnsOf, fillArchive, loadWorkbook, setRow } from './support/workbook.js';
import { startFixtureWorld } from './support/world.js';

type Json = NonNullable<GraphQLResponse['data']>;

let server: TestServer;
let tree: FixtureTree;
let tokens: Record<string, string>;
beforeAll(async () => void ({ server, tree, tokens } = await startFixtureWorld()));
afterAll(() => server?.close());

const auth = (user: string | null): Record<string, string> =>
  user ? { authorization: `Bearer ${tokens[user]}` } : {};

async function template(user: string | null = 'wenhualu') {
  return await fetch(`${server.url}/spreadsheets/archive-template.xlsx`, { headers: auth(user) });
}

async function importFile(file: Buffer, user = 'wenhualu', unionId?: string) {
  const query = unionId ? `?unionId=${unionId}` : '';
  const res = await fetch(`${server.url}/spreadsheets/archives/import${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...auth(user),
    },
    body: new Uint8Array(file),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

async function exportFile(user: string, filter?: Record<string, unknown>) {
  const query = filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : '';
  return await fetch(`${server.url}/spreadsheets/archives/export.xlsx${query}`, {
    headers: auth(user),
  });
}

const archiveCount = async () => {
  const [row] = await server.db.execute<{ n: number }>(
    sql`select count(*)::int as n from archives`,
    'objects',
  );
  return row!.n;
};

const blankTemplate = async () => await loadWorkbook(await (await template()).arrayBuffer());

describe('the template', () => {
  it('has the seed form’s headers, members keyed by row number, the live codes and drop-down lists', async () => {
    await server.graphql(
      'mutation { addDictionaryEntry(dictionary: "housingType", code: "DORMITORY", label: "单位宿舍", labelEn: "Employer dormitory") { __typename } }',
      {},
      tokens.province,
    );
    await server.graphql(
      'mutation { retireDictionaryEntry(dictionary: "housingType", code: "LIMITED_PRICE") { __typename } }',
      {},
      tokens.province,
    );
    const res = await template();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = await loadWorkbook(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['档案', '家庭成员', '代码表', '填写说明']);
    const headers = (book.getWorksheet('档案')!.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 7)).toEqual([
      '*困难类别',
      '*姓名',
      '*民族',
      '*性别',
      '*政治面貌',
      '*身份证号',
      '*出生日期',
    ]);
    expect(headers).toEqual(
      expect.arrayContaining([
        '*本人月平均收入（元）',
        '建筑面积（m²）',
        '*主要致困原因',
        '次要致困原因',
        '职工签字',
      ]),
    );
    expect(headers).not.toContain('职工编号');
    expect((book.getWorksheet('家庭成员')!.getRow(1).values as string[]).slice(1, 4)).toEqual([
      '*档案表行号',
      '*姓名',
      '*关系',
    ]);

    const codes = book.getWorksheet('代码表')!;
    const housing: string[][] = [];
    codes.eachRow((row) => {
      const [, list, code, label] = row.values as string[];
      if (list === '住房类型') housing.push([code!, label!]);
    });
    expect(housing).toContainEqual(['DORMITORY', '单位宿舍']);
    expect(housing.map(([code]) => code)).not.toContain('LIMITED_PRICE');

    const archives = book.getWorksheet('档案')! as ExcelJS.Worksheet & {
      dataValidations: { model: Record<string, ExcelJS.DataValidation> };
    };
    const housingColumn = headers.indexOf('*住房类型') + 1;
    const validation =
      archives.dataValidations.model[`${String.fromCharCode(64 + housingColumn)}2`];
    expect(validation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^'代码表'!\$C\$\d+:\$C\$\d+$/)],
    });
  });

  it('needs a signed-in user', async () => {
    expect((await template(null)).status).toBe(401);
  });
});

describe('importing archives', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await blankTemplate();
    fillArchive(book, 2, 1);
    fillArchive(
      book,
      3,
      2,
      { name: '李明', primaryCause: 'LAID_OFF', secondaryCauses: ['SERIOUS_ILLNESS'] },
      { style: 'codes' },
    );
    // Row 4 has a wrong ID check digit; its second member an unknown relation.
    const wrongId = testIdNumber(3).slice(0, 17) + (testIdNumber(3).endsWith('1') ? '2' : '1');
    const next = fillArchive(book, 4, 3, { name: '王芳', idNumber: wrongId });
    setRow(book.getWorksheet('家庭成员')!, next - 1, { 关系: '表哥' });
  });

  it('checks every row first: one bad row names its sheet, row, column and field, and nothing is written', async () => {
    const before = await archiveCount();
    const res = await importFile(await bufferOf(book));
    expect(res.status).toBe(422);
    expect(res.body.ok).toBe(false);
    const archiveColumns = columnsOf(book.getWorksheet('档案')!);
    const memberColumns = columnsOf(book.getWorksheet('家庭成员')!);
    const letter = (n: number) => String.fromCharCode(64 + n);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        sheet: '档案',
        row: 4,
        column: letter(archiveColumns.get('身份证号')!),
        columnLabel: '身份证号',
        field: 'idNumber',
        code: 'ID_NUMBER_CHECKSUM',
      }),
      expect.objectContaining({
        sheet: '家庭成员',
        row: 7,
        column: letter(memberColumns.get('关系')!),
        field: 'relation',
        code: 'NOT_IN_DICTIONARY',
        message: expect.stringContaining('表哥'),
      }),
    ]);
    expect(await archiveCount()).toBe(before);
  });

  it('after the fix, imports every row in one go, reading labels or codes, yuan and dates', async () => {
    fillArchive(book, 4, 3, { name: '王芳' }, { memberRow: 6 });
    const res = await importFile(await bufferOf(book));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ ok: true, created: 3 });
    expect(res.body.numbers).toHaveLength(3);
    for (const n of res.body.numbers) expect(n).toMatch(/^410105-\d{4}-\d{6}$/);

    const q = `query($n: String!) { archiveByNumber(number: $n) {
      status name idNumber hardshipCategory housingType birthDate workStartDate monthlyIncomeFen householdAnnualIncomeFen
      seriousIllnessInsurance primaryCause secondaryCauses union { code } members { name relation sex monthlyIncomeFen birthDate } } }`;
    const [first, second, third] = await Promise.all(
      res.body.numbers.map(
        async (n: string) =>
          (await server.graphql(q, { n }, tokens.wenhualu)).data!.archiveByNumber,
      ),
    );
    expect(first).toMatchObject({
      status: 'DRAFT',
      name: '张国强',
      hardshipCategory: 'DEEP',
      housingType: 'EMPLOYER_PUBLIC_RENTAL',
      birthDate: '1975-08-15',
      workStartDate: '1994-07-01',
      monthlyIncomeFen: 120000,
      householdAnnualIncomeFen: 2400000,
      seriousIllnessInsurance: true,
      primaryCause: 'SERIOUS_ILLNESS',
      secondaryCauses: ['LAID_OFF', 'CHILDREN_SCHOOLING'],
      union: { code: '410105-001' },
      members: [
        {
          name: '李秀英',
          relation: 'SPOUSE',
          sex: '2',
          monthlyIncomeFen: 50000,
          birthDate: '1977-03-02',
        },
        {
          name: '张磊',
          relation: 'SON',
          sex: '1',
          monthlyIncomeFen: null,
          birthDate: '2003-09-01',
        },
      ],
    });
    expect(second).toMatchObject({
      name: '李明',
      primaryCause: 'LAID_OFF',
      secondaryCauses: ['SERIOUS_ILLNESS'],
      monthlyIncomeFen: 120000,
    });
    expect(third).toMatchObject({
      name: '王芳',
      members: [{ relation: 'SPOUSE' }, { relation: 'SON' }],
    });
    const history = await server.db.execute(
      sql`select count(*)::int as n from archive_history where action = 'CREATE' and reason = '表格导入'`,
      'objects',
    );
    expect(history[0]).toEqual({ n: 3 });
  });

  it('the same file again is refused row by row: each worker already has a live archive', async () => {
    const res = await importFile(await bufferOf(book));
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [2, 'ID_NUMBER_HAS_LIVE_ARCHIVE'],
      [3, 'ID_NUMBER_HAS_LIVE_ARCHIVE'],
      [4, 'ID_NUMBER_HAS_LIVE_ARCHIVE'],
    ]);
    expect(res.body.errors[0].message).toContain('金水区文化路街道总工会');
  });

  it('refuses duplicates within the file, unknown columns and files that are not workbooks', async () => {
    const dup = await blankTemplate();
    fillArchive(dup, 2, 20);
    fillArchive(dup, 3, 20, { name: '重复' });
    const res = await importFile(await bufferOf(dup));
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'idNumber',
        code: 'ID_NUMBER_DUPLICATE_IN_FILE',
        message: expect.stringContaining('第2行'),
      }),
    ]);

    const extra = await blankTemplate();
    extra.getWorksheet('档案')!.getRow(1).getCell(80).value = '身份证';
    fillArchive(extra, 2, 21);
    expect((await importFile(await bufferOf(extra))).body.errors).toEqual([
      expect.objectContaining({ row: 1, code: 'COLUMN_UNKNOWN', columnLabel: '身份证' }),
    ]);

    const notXlsx = await importFile(Buffer.from('姓名,身份证号\n张三,1'));
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.errors[0].code).toBe('SPREADSHEET_UNREADABLE');
  });

  it('imports only into a grassroots union the user keeps', async () => {
    const file = await bufferOf(await blankTemplate());
    expect((await importFile(file, 'huanghelu', tree.unions.wenhualu.id)).status).toBe(403);
    expect((await importFile(file, 'jinshui')).status).toBe(400);
    expect((await importFile(file, 'jinshui', tree.unions.wenhualu.id)).status).toBe(403);
    const empty = await importFile(file, 'province', tree.unions.wenhualu.id);
    expect(empty.body.errors[0].code).toBe('IMPORT_EMPTY');
  });
});

describe('exporting archives', () => {
  const LIST = `query($f: ArchiveFilter) { archives(first: 100, filter: $f) { totalCount edges { node {
    number name idNumber mobile bankCardNumber address hardshipCategory monthlyIncomeFen monthlyIncomePerMemberFen
    members { name idNumber } } } } }`;

  async function compare(user: string, filter?: Record<string, unknown>) {
    const res = await exportFile(user, filter);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''/);
    const book = await loadWorkbook(await res.arrayBuffer());
    const sheet = book.getWorksheet('档案')!;
    const col = columnsOf(sheet);
    const listed = (await server.graphql(LIST, { f: filter ?? null }, tokens[user])).data!.archives;
    const exported: Record<string, unknown>[] = [];
    for (let n = 2; n <= sheet.rowCount; n++) {
      const cell = (label: string) => sheet.getRow(n).getCell(col.get(label)!).value ?? null;
      exported.push({
        row: n,
        number: cell('职工编号'),
        name: cell('姓名'),
        idNumber: cell('身份证号'),
        mobile: cell('手机号码'),
        bankCardNumber: cell('银行卡号'),
        address: cell('家庭住址'),
        hardshipCategory: cell('困难类别'),
        monthlyIncomeFen: Math.round((cell('本人月平均收入') as number) * 100),
        monthlyIncomePerMemberFen: Math.round((cell('家庭月人均收入') as number) * 100),
      });
    }
    const label = (code: string) =>
      DEFAULT_DICTIONARIES.hardshipCategory.entries.find((e) => e.code === code)!.label;
    expect(exported).toEqual(
      listed.edges.map(({ node }: { node: Json }, i: number) => ({
        row: i + 2,
        number: node.number,
        name: node.name,
        idNumber: node.idNumber,
        mobile: node.mobile,
        bankCardNumber: node.bankCardNumber,
        address: node.address,
        hardshipCategory: label(node.hardshipCategory),
        monthlyIncomeFen: node.monthlyIncomeFen,
        monthlyIncomePerMemberFen: node.monthlyIncomePerMemberFen,
      })),
    );
    const members = book.getWorksheet('家庭成员')!;
    const mcol = columnsOf(members);
    const memberRows: unknown[] = [];
    members.eachRow((row, n) => {
      if (n > 1)
        memberRows.push([
          row.getCell(mcol.get('档案表行号')!).value,
          row.getCell(mcol.get('姓名')!).value,
          row.getCell(mcol.get('身份证号')!).value ?? null,
        ]);
    });
    expect(memberRows).toEqual(
      listed.edges.flatMap(({ node }: { node: Json }, i: number) =>
        node.members.map((m: { name: string; idNumber: string | null }) => [
          i + 2,
          m.name,
          m.idNumber,
        ]),
      ),
    );
    return { rows: exported, listed };
  }

  it('holds the same rows as the archives query, identifiers masked', async () => {
    const { rows } = await compare('wenhualu');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.idNumber).toMatch(/^410105\*{8}\d{3}[\dX]$/);
    expect(rows[0]!.mobile).toBe('138****5678');
    const filtered = await compare('jinshui', { primaryCause: 'LAID_OFF' });
    expect(filtered.rows.map((r) => r.name)).toEqual(['李明']);
  });

  it('de-identifies for analysts and shows other unions nothing', async () => {
    const { rows } = await compare('analyst');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(r).toMatchObject({
        idNumber: null,
        mobile: null,
        bankCardNumber: null,
        address: null,
        name: '（已隐藏）',
      });
    expect((await compare('gulou-jc')).rows).toEqual([]);
    expect((await compare('wenhualu', { unionId: tree.unions.gulouJc.id })).rows).toEqual([]);
  });

  it('takes every ArchiveFilter field the archives query takes, the boolean ones included', async () => {
    for (const filter of [
      { overdue: true },
      { neverAssisted: true },
      { noUpdateInAYear: false },
      { spotCheckFlagged: false, status: 'ESTABLISHED' },
    ])
      await compare('jinshui', filter);
  });

  it('refuses a filter the archives query would refuse', async () => {
    for (const filter of [
      '{',
      JSON.stringify({ status: 'LOST' }),
      JSON.stringify({ colour: 'red' }),
      JSON.stringify({ search: 5 }),
      JSON.stringify({ overdue: 'yes' }),
    ]) {
      const res = await fetch(
        `${server.url}/spreadsheets/archives/export.xlsx?filter=${encodeURIComponent(filter)}`,
        { headers: auth('wenhualu') },
      );
      expect(res.status, filter).toBe(400);
      expect(((await res.json()) as { errors: { code: string }[] }).errors[0]!.code).toBe(
        'FILTER_INVALID',
      );
    }
    expect(await exportFile('wenhualu').then((r) => r.status)).toBe(200);
    expect((await fetch(`${server.url}/spreadsheets/archives/export.xlsx`)).status).toBe(401);
  });
});
