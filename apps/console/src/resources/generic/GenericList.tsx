import { usePermissions } from 'ra-core';
import { CreateButton, Datagrid, List, TopToolbar } from 'react-admin';
import { can } from '../../access.js';
import { columnsFor } from './layout.js';
import { defaultSort, isSortable } from '../../guessers/columns.js';
import { useResourceModel } from '../../guessers/hooks.js';
import { catalogueFor } from '../../i18n/domain-labels.js';
import type { Permissions } from '../../data/auth-provider.js';
import { usePhone } from '../../guessers/use-phone.js';
import { UnionTree, unionFilterOf } from '../unions/UnionTree.js';
import { ListFilterDrawer } from './ListFilterDrawer.js';
import { renderField, renderInput } from './render.js';

/** Any resource's list: columns, filters and sorting from the model; the union tree beside it when it filters by union. */
export default function GenericList() {
  const resource = useResourceModel();
  const { permissions } = usePermissions<Permissions>();
  const catalogue = catalogueFor(resource.fields.map((f) => f.name));
  const filters = resource.list.filters.map((f) =>
    renderInput(resource.name, f, { catalogue, filter: true, alwaysOn: f.name === 'search' }),
  );
  const treeFilter = unionFilterOf(resource);
  const phone = usePhone();
  const inputs = filters.filter((f) => f !== null);
  return (
    <List
      // On a phone the filters and the tree wait in a drawer, and the table scrolls in itself.
      filters={phone ? undefined : inputs}
      sort={defaultSort(resource)}
      perPage={25}
      exporter={false}
      aside={treeFilter && !phone ? <UnionTree filter={treeFilter} /> : undefined}
      actions={
        <TopToolbar>
          {phone && inputs.length > 0 && (
            <ListFilterDrawer filters={inputs} treeFilter={treeFilter} />
          )}
          {resource.create && can(permissions, 'create', resource.name) && <CreateButton />}
        </TopToolbar>
      }
    >
      <Datagrid
        rowClick={resource.one ? 'show' : false}
        bulkActionButtons={false}
        sx={phone ? { '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } } : undefined}
      >
        {columnsFor(resource).map((f) =>
          renderField(resource.name, f, { catalogue, sortable: isSortable(resource, f.name) }),
        )}
      </Datagrid>
    </List>
  );
}
