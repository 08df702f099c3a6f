import { Edit } from 'react-admin';
import { GenericForm } from './GenericForm.js';

/** Pessimistic: the API's field errors and version conflicts must reach the form before leaving it. */
export default function GenericEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <GenericForm mode="edit" />
    </Edit>
  );
}
