import { WORKFLOW_TRANSITIONS } from '@bangfu/domain';
import type { FieldModel, ResourceModel, SchemaModel } from '../schema-model/types.js';
import { catalogueFor, domainFieldLabel } from './domain-labels.js';

export type Language = 'zh' | 'en';

/**
 * `resources.<name>.name` and `resources.<name>.fields.<field>` for every resource of the model,
 * the keys react-admin looks up for menus, titles, columns and inputs. Reference fields also
 * label their id (`union` → `unionId`), the name the forms use.
 */
export function resourceMessages(model: SchemaModel, lang: Language) {
  const resources: Record<
    string,
    { name: string; fields: Record<string, string>; actions: Record<string, string> }
  > = {};
  for (const resource of Object.values(model.resources)) {
    resources[resource.name] = {
      name: resource.label[lang],
      fields: fieldLabels(model, resource, lang),
      actions: Object.fromEntries(
        resource.actions.map((a) => {
          const transition = (
            WORKFLOW_TRANSITIONS as Record<string, { label: string; labelEn: string }>
          )[a.field];
          return [
            a.field,
            transition ? (lang === 'zh' ? transition.label : transition.labelEn) : a.label[lang],
          ];
        }),
      ),
    };
  }
  return { resources };
}

/** The label a field of a resource is shown with: the domain catalogue's wording, else the schema's. */
export function fieldLabels(
  model: SchemaModel,
  resource: ResourceModel,
  lang: Language,
): Record<string, string> {
  const catalogue = catalogueFor(resource.fields.map((f) => f.name));
  const labels: Record<string, string> = {};
  const add = (field: FieldModel) => {
    if (labels[field.name] !== undefined) return;
    labels[field.name] = (domainFieldLabel(catalogue, field.name) ?? field.label)[lang];
    if (field.kind === 'reference' && field.type.kind === 'OBJECT')
      labels[`${field.name}Id`] ??= labels[field.name]!;
    if (field.kind === 'referenceList' && field.type.kind === 'OBJECT')
      labels[`${field.name}Ids`] ??= labels[field.name]!;
  };
  resource.fields.forEach(add);
  for (const mutation of [resource.create, resource.update]) {
    const input = mutation?.inputType ? model.inputs[mutation.inputType] : undefined;
    input?.fields.forEach(add);
  }
  resource.list.filters.forEach(add);
  return labels;
}
