import type { GraphQLField, GraphQLSchema } from 'graphql';

/**
 * Plugins generate some types (connections, edges, result unions, PageInfo) without descriptions.
 * Every type and field of the public schema carries a Chinese then English description, so these
 * get theirs here, by the shape the plugins give them.
 */
const FIELD_DESCRIPTIONS: Record<string, string> = {
  edges: '本页的条目。Entries of this page.',
  pageInfo: '分页信息。Pagination info.',
  totalCount: '符合条件的总数。Total number matching.',
  node: '条目。The entry.',
  cursor: '游标，用于 after 参数。Cursor for the after argument.',
  hasNextPage: '是否还有下一页。Whether a next page exists.',
  hasPreviousPage: '是否有上一页。Whether a previous page exists.',
  startCursor: '本页第一个条目的游标。Cursor of the first entry.',
  endCursor: '本页最后一个条目的游标，传给 after 取下一页。Cursor of the last entry.',
};

export function describeGeneratedTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    // Duck-typed: under test runners graphql may be loaded twice (ESM and CJS), defeating instanceof.
    if ('getTypes' in type && !type.description && type.name.endsWith('Result')) {
      type.description =
        '成功结果，或 ValidationError（输入有误，未写入）。The result, or a ValidationError.';
    }
    if (!('getFields' in type) || 'getInterfaces' in type === false) continue;
    if (!type.description) {
      if (type.name.endsWith('ConnectionEdge'))
        type.description = '列表中的一条。An edge of a connection.';
      else if (type.name.endsWith('Connection'))
        type.description = '分页列表（Relay 连接）。A Relay connection.';
    }
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!field.description && FIELD_DESCRIPTIONS[field.name])
        field.description = FIELD_DESCRIPTIONS[field.name];
    }
  }
  return schema;
}
