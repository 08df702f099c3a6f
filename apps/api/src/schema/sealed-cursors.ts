import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Context } from './context.js';

/**
 * Seals every cursor a connection hands out (edge cursors, pageInfo start and end), so a client
 * sees neither the sort key (a name, when ordered by name) nor can it forge one. The input guard
 * opens them again before any query runs (cursors.ts).
 */
export class SealedCursorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!issuesCursor(fieldConfig.parentType, fieldConfig.name)) return resolver;
    return async (parent, args, context, info) => {
      const cursor: unknown = await resolver(parent, args, context, info);
      if (typeof cursor !== 'string') return cursor;
      return (context as Context).sealer.sealCursor(cursor);
    };
  }
}

const issuesCursor = (type: string, field: string) =>
  (type.endsWith('Edge') && field === 'cursor') ||
  (type === 'PageInfo' && (field === 'startCursor' || field === 'endCursor'));

const pluginName = 'sealedCursors';
export default pluginName;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      sealedCursors: SealedCursorsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, SealedCursorsPlugin);
