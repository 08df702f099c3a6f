import { usePermissions } from 'ra-core';
import { DeleteButton, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { can } from '../../access.js';
import type { Permissions } from '../../data/auth-provider.js';
import { formInputs } from '../../guessers/columns.js';
import { useLanguage, useResourceModel } from '../../guessers/hooks.js';
import { catalogueFor } from '../../i18n/domain-labels.js';
import { model } from '../../model.js';
import { overrides } from '../overrides.js';
import { renderInput } from './render.js';

/** The create or update mutation's input type, as a form. */
export function GenericForm({ mode }: { mode: 'create' | 'edit' }) {
  const resource = useResourceModel();
  const lang = useLanguage();
  const { permissions } = usePermissions<Permissions>();
  const inputs = formInputs(model, resource, mode, overrides[resource.name]?.formOrder);
  const catalogue = catalogueFor(resource.fields.map((f) => f.name));
  return (
    <SimpleForm
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton />
          {mode === 'edit' && resource.delete && can(permissions, 'delete', resource.name) && (
            <DeleteButton mutationMode="pessimistic" />
          )}
        </Toolbar>
      }
    >
      {inputs.map((f) =>
        renderInput(resource.name, f, {
          catalogue,
          ...(f.help ? { helperText: f.help[lang] } : {}),
        }),
      )}
    </SimpleForm>
  );
}
