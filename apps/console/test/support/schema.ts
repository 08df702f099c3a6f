import { buildSchema } from 'graphql';
import { analyzeSchema } from '../../src/schema-model/analyze.js';

/** A small schema in the API's conventions, for the analysis layer and the data provider. */
export const TEST_SDL = /* GraphQL */ `
  scalar Date
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  """
  工会组织。A union.
  """
  type Union {
    id: ID!
    name: String!
    level: UnionLevel!
    parent: Union
    children: [Union!]!
    version: Int!
  }
  enum UnionLevel {
    PROVINCE
    CITY
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
  系统用户。A user.
  """
  type User {
    id: ID!
    username: String!
    name: String!
    phone: String
    role: Role!
    union: Union!
    version: Int!
  }
  enum Role {
    PROVINCE_ADMIN
    GRASSROOTS_ADMIN
  }
  type UserEdge {
    cursor: String!
    node: User!
  }
  type UserConnection {
    edges: [UserEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type Archive {
    id: ID!
    number: String!
    name: String!
    status: Status!
    union: Union!
    version: Int!
  }
  enum Status {
    DRAFT
    PUBLICIZING
  }
  enum ArchiveOrder {
    UPDATED_AT_DESC
    NAME_ASC
  }
  input ArchiveFilter {
    unionId: ID
    status: Status
    search: String
    householdSize: Int
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
  union UnionResult = Union | ValidationError
  union UserResult = User | ValidationError
  union ArchiveResult = Archive | ValidationError
  """
  某行政区划某年度的低保标准。The local minimum-living line.
  """
  type MinimumLivingLine {
    regionCode: String!
    year: Int!
    monthlyFen: Int!
  }
  union LineResult = MinimumLivingLine | ValidationError
  input UnionInput {
    name: String!
    parentId: ID!
    level: UnionLevel!
  }
  input CreateUserInput {
    username: String!
    name: String!
    password: String!
    phone: String
    role: Role!
    unionId: ID!
  }
  input UpdateUserInput {
    name: String
    password: String
    phone: String
    role: Role
    unionId: ID
  }
  input MemberInput {
    name: String!
    monthlyIncomeFen: Int
  }
  input ArchiveInput {
    name: String!
    householdSize: Int!
    members: [MemberInput!]!
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
    users(first: Int, after: String, search: String, unionId: ID): UserConnection!
    user(id: ID!): User
    archives(
      first: Int
      after: String
      filter: ArchiveFilter
      orderBy: ArchiveOrder
    ): ArchiveConnection!
    archive(id: ID!): Archive
    """
    低保标准列表。Minimum-living lines.
    """
    minimumLivingLines(year: Int): [MinimumLivingLine!]!
  }
  type Mutation {
    createUnion(input: UnionInput!): UnionResult!
    updateUnion(id: ID!, version: Int!, input: UnionInput!): UnionResult!
    createUser(input: CreateUserInput!): UserResult!
    updateUser(id: ID!, version: Int!, input: UpdateUserInput!): UserResult!
    createArchive(input: ArchiveInput!): ArchiveResult!
    deleteArchive(id: ID!): Boolean!
    submitForApproval(id: ID!): ArchiveResult!
    setMinimumLivingLine(regionCode: String!, year: Int!, monthlyFen: Int!): LineResult!
  }
`;

export const testModel = analyzeSchema(buildSchema(TEST_SDL));
