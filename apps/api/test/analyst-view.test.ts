import {
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLResolveInfo,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/sessions.js';
import { ageBand, ANALYST_HIDDEN_FIELDS, HIDDEN_TEXT } from '../src/schema/analyst-view.js';
import { schema } from '../src/schema/index.js';
import { columnsOf, loadWorkbook } from './support/workbook.js';
import {
  daysFromToday,
  establishedArchive,
  startAssistanceWorld,
  type AssistanceWorld,
} from './support/assistance.js';

/*
 * The analyst view's table (schema/analyst-view.ts) is the specification: every field it lists is
 * asked here, as an analyst it must come back hidden, as an admin it must not.
 */
const listed = Object.entries(ANALYST_HIDDEN_FIELDS).flatMap(([type, fields]) =>
  Object.keys(fields).map((field) => [type, field] as const),
);

const viewer = (role: string, id = 'viewer'): Viewer => ({
  id,
  username: role,
  name: role,
  role: role as Viewer['role'],
  unionId: 'u',
  unionPath: '',
  unionLevel: 'PROVINCE',
  sessionId: 's',
});
// A row where every column holds a value, as a grassroots union's and another user's row would.
const row = new Proxy(
  {},
  {
    get: (_t, key) =>
      key === 'level'
        ? 'GRASSROOTS'
        : key === 'id'
          ? 'someone-else'
          : key === 'path'
            ? ''
            : '1980-01-01',
  },
);
const fieldOf = (type: string, field: string): GraphQLField<unknown, unknown> => {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(`${type} is not an object type of the schema`);
  const f = t.getFields()[field];
  if (!f) throw new Error(`${type}.${field} is not a field of the schema`);
  return f;
};
const ask = async (type: string, field: string, user: Viewer) => {
  const f = fieldOf(type, field);
  const info = {
    fieldName: field,
    parentType: schema.getType(type),
    returnType: f.type,
    path: { prev: undefined, key: field, typename: type },
    schema,
    fieldNodes: [],
    fragments: {},
    variableValues: {},
  } as unknown as GraphQLResolveInfo;
  return await f.resolve!(row, {}, { user }, info);
};

describe('the analyst view table', () => {
  it.each(listed)('%s.%s comes back hidden to an analyst', async (type, field) => {
    const expected = isNonNullType(fieldOf(type, field).type) ? HIDDEN_TEXT : null;
    expect(await ask(type, field, viewer('ANALYST'))).toBe(expected);
  });

  it.each(listed)('%s.%s is not hidden from an admin', async (type, field) => {
    let value: unknown;
    try {
      value = await ask(type, field, viewer('PROVINCE_ADMIN'));
    } catch {
      value = 'the field’s own resolver ran';
    }
    expect(value).not.toBe(HIDDEN_TEXT);
  });

  it('lists only text or nullable fields, so the schema says what an analyst may get', () => {
    for (const [type, field] of listed) {
      const f = fieldOf(type, field);
      if (isNonNullType(f.type))
        expect(getNamedType(f.type).name, `${type}.${field}`).toBe('String');
    }
  });

  it('bands ages by ten years', () => {
    expect([0, 17, 18, 29, 30, 39, 45, 69, 70, 99].map(ageBand)).toEqual([
      '0-17',
      '0-17',
      '18-29',
      '18-29',
      '30-39',
      '30-39',
      '40-49',
      '60-69',
      '70+',
      '70+',
    ]);
    expect(ageBand(null)).toBeNull();
  });
});

let world: AssistanceWorld;
let id: string;
beforeAll(async () => {
  world = await startAssistanceWorld();
  id = await establishedArchive(world, 'wenhualu', 1);
  const added = await world.server.graphql(
    `mutation($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(archiveId: $id, input: $input) { __typename } }`,
    {
      id,
      input: {
        on: daysFromToday(-5),
        actionPlan: 'MEDICAL_MUTUAL_AID',
        description: '为女儿张小红交学费',
        amountFen: 50000,
        by: '王建设',
      },
    },
    world.tokens.wenhualu,
  );
  expect(added.data!.addLedgerEntry.__typename).toBe('LedgerEntryPayload');
});
afterAll(() => world?.server.close());

const READ = `query($id: ID!) { archive(id: $id) {
  name idNumber mobile address birthDate age ageBand health remarks employer archivist reviewer enteredBy
  union { name code level parent { name code level } }
  members { name idNumber birthDate age ageBand employerOrSchool relation }
  determination { measureOther measures }
  ledger(first: 5) { edges { node { description by amountFen } } }
} }`;

describe('an archive as the analyst reads it', () => {
  it('hides the person, the staff and the grassroots union; keeps bands, codes and the county', async () => {
    const res = await world.server.graphql(READ, { id }, world.tokens.analyst);
    expect(res.errors).toBeUndefined();
    const a = res.data!.archive;
    expect(a).toMatchObject({
      name: HIDDEN_TEXT,
      idNumber: null,
      mobile: null,
      address: null,
      birthDate: null,
      age: null,
      health: null,
      remarks: null,
      employer: null,
      archivist: HIDDEN_TEXT,
      reviewer: HIDDEN_TEXT,
      union: {
        name: HIDDEN_TEXT,
        code: HIDDEN_TEXT,
        level: 'GRASSROOTS',
        parent: { level: 'COUNTY' },
      },
      determination: { measureOther: null },
    });
    expect(a.ageBand).toMatch(/^\d+-\d+$|^70\+$/);
    expect(a.union.parent.name).not.toBe(HIDDEN_TEXT);
    for (const m of a.members) {
      expect(m).toMatchObject({
        name: HIDDEN_TEXT,
        idNumber: null,
        birthDate: null,
        age: null,
        employerOrSchool: null,
      });
    }
    expect(a.ledger.edges[0].node).toEqual({
      description: HIDDEN_TEXT,
      by: HIDDEN_TEXT,
      amountFen: 50000,
    });
    expect(JSON.stringify(a)).not.toMatch(/张|王建设|\*/);
  });

  it('shows an admin everything the analyst does not get', async () => {
    const res = await world.server.graphql(READ, { id }, world.tokens.wenhualu);
    expect(res.errors).toBeUndefined();
    const a = res.data!.archive;
    expect(JSON.stringify(a)).not.toContain(HIDDEN_TEXT);
    expect(a.name).toBeTruthy();
    expect(a.age).toBeGreaterThan(0);
    expect(a.ageBand).toBe(ageBand(a.age));
    expect(a.ledger.edges[0].node.description).toBe('为女儿张小红交学费');
  });
});

describe('the archive export as the analyst gets it', () => {
  it('names the county instead of the grassroots union, and no person', async () => {
    const res = await fetch(`${world.server.url}/spreadsheets/archives/export.xlsx`, {
      headers: { authorization: `Bearer ${world.tokens.analyst}` },
    });
    expect(res.status).toBe(200);
    const sheet = (await loadWorkbook(await res.arrayBuffer())).getWorksheet('档案')!;
    const col = columnsOf(sheet);
    const cell = (label: string) => sheet.getRow(2).getCell(col.get(label)!).value;
    expect(cell('建档工会')).toBe('郑州市金水区总工会');
    expect(cell('姓名')).toBe(HIDDEN_TEXT);
  });
});
