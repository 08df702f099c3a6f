import { listColumns } from '../../guessers/columns.js';
import type { FieldModel, ResourceModel } from '../../schema-model/types.js';
import { overrides } from '../overrides.js';

/** The list's columns: the override's choice, else the guess. */
export function columnsFor(resource: ResourceModel): FieldModel[] {
  return listColumns(resource, overrides[resource.name]?.listColumns);
}
