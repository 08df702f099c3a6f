import { Create } from 'react-admin';
import { useResourceModel } from '../../guessers/hooks.js';
import { GenericForm } from './GenericForm.js';

export default function GenericCreate() {
  const resource = useResourceModel();
  return (
    <Create redirect={resource.one ? 'show' : 'list'}>
      <GenericForm mode="create" />
    </Create>
  );
}
