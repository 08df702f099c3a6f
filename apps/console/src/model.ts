import { schemaModel } from './generated/schema-model.js';
import type { ResourceModel, SchemaModel } from './schema-model/types.js';

/** The resource model generated from apps/api/schema.graphql (see codegen.ts). */
export const model: SchemaModel = schemaModel;

export function resourceModel(name: string): ResourceModel {
  const resource = model.resources[name];
  if (!resource) throw new Error(`No resource "${name}" in the schema model`);
  return resource;
}
