import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { analystRule, hidesRow, HIDDEN_TEXT } from './analyst-view.js';
import type { Context } from './context.js';

const NOTE = '统计分析员不可见';
const NOTE_EN = 'hidden from analysts';

/**
 * Applies the analyst view (analyst-view.ts) to every field it lists: for an analyst the field's
 * resolver is not even called. A listed field must be text or nullable, so the schema stays honest
 * about what an analyst can get back; building the schema fails otherwise.
 */
export class AnalystViewPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    const rule = analystRule(fieldConfig.parentType, fieldConfig.name);
    if (!rule) return fieldConfig;
    const { type } = fieldConfig;
    const text =
      type.kind !== 'List' &&
      (type.ref === 'String' || (type.ref as { name?: unknown }).name === 'String');
    if (!type.nullable && !text)
      throw new Error(
        `${fieldConfig.parentType}.${fieldConfig.name} is hidden from analysts: make it nullable`,
      );
    const description = fieldConfig.description ?? '';
    if (description.includes('统计分析员')) return fieldConfig;
    const note =
      rule === 'hide' ? NOTE : rule === 'grassroots' ? `基层工会的${NOTE}` : `他人的${NOTE}`;
    return { ...fieldConfig, description: `${description}（${note} · ${NOTE_EN}）` };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const rule = analystRule(fieldConfig.parentType, fieldConfig.name);
    if (!rule) return resolver;
    const hidden = fieldConfig.type.nullable ? null : HIDDEN_TEXT;
    return (parent, args, context, info) => {
      const user = (context as Context).user;
      if (user?.role === 'ANALYST' && hidesRow(rule, parent, user.id)) return hidden;
      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'analystView';
export default pluginName;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      analystView: AnalystViewPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, AnalystViewPlugin);
