import { usePermissions } from 'ra-core';
import { EditButton, Show, SimpleShowLayout, TopToolbar } from 'react-admin';
import { can } from '../../access.js';
import type { Permissions } from '../../data/auth-provider.js';
import { showFields } from '../../guessers/columns.js';
import { useResourceModel } from '../../guessers/hooks.js';
import { catalogueFor } from '../../i18n/domain-labels.js';
import { renderField } from './render.js';

export default function GenericShow() {
  const resource = useResourceModel();
  const { permissions } = usePermissions<Permissions>();
  const catalogue = catalogueFor(resource.fields.map((f) => f.name));
  return (
    <Show
      actions={
        <TopToolbar>
          {resource.update && can(permissions, 'edit', resource.name) && <EditButton />}
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        {showFields(resource).map((f) => renderField(resource.name, f, { catalogue }))}
      </SimpleShowLayout>
    </Show>
  );
}
