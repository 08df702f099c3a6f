import type { ResourceModel } from '../schema-model/types.js';

/*
 * The filter of a list as its connection's `filter:` argument (ArchiveFilter for archives), read
 * from the resource model the way the data provider builds the list query: the export then holds
 * exactly the rows the list shows.
 */
export function connectionFilterOf(
  resource: ResourceModel,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const typed = { ...values };
  if (typed.q !== undefined && typed.search === undefined) typed.search = typed.q;
  for (const f of resource.list.filters) {
    const value = typed[f.name];
    if (value === undefined || value === null || value === '') continue;
    if (f.path.length === 2 && f.path[0] === 'filter') {
      filter[f.path[1]!] = f.kind === 'int' ? Number(value) : value;
    }
  }
  return filter;
}
