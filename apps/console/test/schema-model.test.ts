import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyzeSchema } from '../src/schema-model/analyze.js';
import { helpTextOf, labelOf } from '../src/schema-model/descriptions.js';

const SDL = /* GraphQL */ `
  scalar Date
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  """
  工会组织（省、市）。A union in the hierarchy.
  """
  type Union {
    id: ID!
    """
    名称。Name.
    """
    name: String!
    """
    层级。Level.
    """
    level: UnionLevel!
    parent: Union
    children: [Union!]!
    version: Int!
  }
  """
  工会层级。Level.
  """
  enum UnionLevel {
    """
    省总工会。Province
    """
    PROVINCE
    """
    基层工会。Grassroots union
    """
    GRASSROOTS
  }
  type UnionEdge {
    cursor: String!
    node: Union!
  }
  type UnionConnection {
    edges: [UnionEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  """
  档案。An archive.
  """
  type Archive {
    id: ID!
    number: String!
    status: Status!
    union: Union!
    birthDate: Date
    singleParent: Boolean
    secondaryCauses: [Cause!]!
    members: [Member!]!
    determination: Determination
    version: Int!
    history(first: Int): [String!]!
    revealed(field: String!): String
  }
  type Member {
    name: String!
    relation: String
  }
  type Determination {
    isTarget: Boolean!
    keyGroups: [Cause!]!
  }
  enum Status {
    DRAFT
    PUBLICIZING
  }
  enum Cause {
    A
    B
  }
  enum ArchiveOrder {
    UPDATED_AT_DESC
    NAME_ASC
  }
  input ArchiveFilter {
    unionId: ID
    status: Status
    search: String
  }
  type ArchiveEdge {
    cursor: String!
    node: Archive!
  }
  type ArchiveConnection {
    edges: [ArchiveEdge!]!
    pageInfo: PageInfo!
  }
  type FieldError {
    path: [String!]!
    code: String!
    message: String!
  }
  type ValidationError {
    message: String!
    fieldErrors: [FieldError!]!
  }
  union ArchiveResult = Archive | ValidationError
  union UnionResult = Union | ValidationError
  input UnionInput {
    """
    名称。Name.
    """
    name: String!
    parentId: ID!
    level: UnionLevel!
  }
  input ArchiveInput {
    name: String
    members: [MemberInput!]
  }
  input MemberInput {
    name: String!
  }
  type Query {
    unions(
      first: Int
      after: String
      parentId: ID
      level: UnionLevel
      search: String
    ): UnionConnection!
    union(id: ID!): Union
    archives(
      first: Int
      after: String
      filter: ArchiveFilter
      orderBy: ArchiveOrder
    ): ArchiveConnection!
    archive(id: ID!): Archive
    archiveByNumber(number: String!): Archive
    me: Union!
  }
  type Mutation {
    createUnion(input: UnionInput!): UnionResult!
    updateUnion(id: ID!, version: Int!, input: UnionInput!): UnionResult!
    createArchive(input: ArchiveInput!): ArchiveResult!
    deleteArchive(id: ID!): Boolean!
    submitForApproval(id: ID!): ArchiveResult!
    startPublicNotice(id: ID!, startsOn: Date!, endsOn: Date!): ArchiveResult!
    login(username: String!, password: String!): String!
  }
`;

const model = analyzeSchema(buildSchema(SDL));

describe('analyzeSchema', () => {
  it('finds a resource for each root connection, named after the connection field', () => {
    expect(Object.keys(model.resources).sort()).toEqual(['archives', 'unions']);
    expect(model.resources.unions).toMatchObject({
      typeName: 'Union',
      label: { zh: '工会组织', en: 'Union |||| Unions' },
      representation: 'name',
      one: { field: 'union', idArgument: 'id' },
    });
    // `archiveByNumber` also answers an Archive but takes no ID: `archive(id)` is the by-id query.
    expect(model.resources.archives!.one).toEqual({ field: 'archive', idArgument: 'id' });
    expect(model.resources.archives!.representation).toBe('number');
  });

  it('guesses a kind for every field: enums, references, embedded objects, dates', () => {
    const kinds = Object.fromEntries(model.resources.archives!.fields.map((f) => [f.name, f.kind]));
    expect(kinds).toEqual({
      id: 'id',
      number: 'string',
      status: 'enum',
      union: 'reference',
      birthDate: 'date',
      singleParent: 'boolean',
      secondaryCauses: 'enumList',
      members: 'embeddedList',
      determination: 'embedded',
      version: 'int',
      history: 'stringList', // optional arguments are fine; `revealed(field!)` is left out
    });
    expect(model.resources.archives!.fields.find((f) => f.name === 'union')!.reference).toBe(
      'unions',
    );
    const unionFields = model.resources.unions!.fields;
    expect(unionFields.find((f) => f.name === 'children')).toMatchObject({
      kind: 'referenceList',
      reference: 'unions',
    });
    expect(Object.keys(model.objects).sort()).toEqual(['Determination', 'Member']);
  });

  it('maps connection arguments and filter-object fields to filters, and orderBy enums to sorts', () => {
    expect(
      model.resources.unions!.list.filters.map((f) => [f.path.join('.'), f.kind, f.reference]),
    ).toEqual([
      ['parentId', 'reference', 'unions'],
      ['level', 'enum', undefined],
      ['search', 'string', undefined],
    ]);
    expect(model.resources.archives!.list.filters.map((f) => f.path.join('.'))).toEqual([
      'filter.unionId',
      'filter.status',
      'filter.search',
    ]);
    expect(model.resources.archives!.list.sort).toEqual({
      argument: 'orderBy',
      graphqlType: 'ArchiveOrder',
      options: [
        { field: 'updatedAt', order: 'DESC', value: 'UPDATED_AT_DESC' },
        { field: 'name', order: 'ASC', value: 'NAME_ASC' },
      ],
    });
    expect(model.resources.unions!.list.totalCount).toBe(true);
    expect(model.resources.archives!.list.totalCount).toBe(false);
  });

  it('matches create/update/delete by name, with version and input arguments', () => {
    expect(model.resources.unions!.update).toMatchObject({
      field: 'updateUnion',
      idArgument: 'id',
      versionArgument: 'version',
      inputArgument: 'input',
      inputType: 'UnionInput',
      result: { typeName: 'UnionResult', kind: 'union', validationError: true },
    });
    expect(model.resources.archives!.delete).toMatchObject({
      field: 'deleteArchive',
      result: { kind: 'scalar' },
    });
    expect(model.resources.unions!.delete).toBeUndefined();
    expect(model.inputs.UnionInput!.fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['name', 'string', true],
      ['parentId', 'reference', true],
      ['level', 'enum', true],
    ]);
    expect(model.inputs.UnionInput!.patch).toBe(false);
    expect(model.inputs.ArchiveInput!.patch).toBe(true);
    expect(model.inputs.MemberInput).toBeDefined();
  });

  it('collects the other mutations on one record as actions (workflow transitions)', () => {
    expect(
      model.resources.archives!.actions.map((a) => [
        a.field,
        a.arguments.map((x) => x.graphqlType),
      ]),
    ).toEqual([
      ['submitForApproval', ['ID!']],
      ['startPublicNotice', ['ID!', 'Date!', 'Date!']],
    ]);
  });

  it('labels enums from their descriptions and finds the ValidationError type', () => {
    expect(model.enums.UnionLevel!.values).toEqual([
      { value: 'PROVINCE', label: { zh: '省总工会', en: 'Province' } },
      { value: 'GRASSROOTS', label: { zh: '基层工会', en: 'Grassroots union' } },
    ]);
    expect(model.validationError).toEqual({
      typeName: 'ValidationError',
      selection: 'message fieldErrors { path code message }',
    });
  });
});

describe('labels from bilingual descriptions', () => {
  it('takes the first clause of each half and keeps the rest as help', () => {
    expect(
      labelOf('家庭住址（必填）；统计分析员不可见。Home address (required).', 'address'),
    ).toEqual({
      zh: '家庭住址',
      en: 'Home address',
    });
    expect(helpTextOf('家庭住址（必填）；统计分析员不可见。Home address (required).')).toEqual({
      zh: '必填；统计分析员不可见',
      en: 'required',
    });
    expect(
      labelOf(
        '困难职工档案（一户一档）。The archive of one household (困难职工档案表).',
        'Archive',
      ),
    ).toEqual({
      zh: '困难职工档案',
      en: 'Archive of one household',
    });
    expect(labelOf('登录名（小写字母、数字、. _ -）。Username.', 'username')).toEqual({
      zh: '登录名',
      en: 'Username',
    });
    expect(labelOf(undefined, 'monthlyIncomeFen')).toEqual({
      zh: 'Monthly income fen',
      en: 'Monthly income fen',
    });
  });
});
