import type { ComponentType } from 'react';
import type { FieldModel, InputFieldModel } from '../schema-model/types.js';
import { archives } from './archives/index.js';
import { dictionaries } from './dictionaries/index.js';
import { minimumLivingLines } from './minimum-living-lines/index.js';
import { unions } from './unions/index.js';
import { users } from './users/index.js';

/*
 * Hand-made parts that replace single pieces of the generated screens, without forking the
 * generator (the way API Platform Admin lets a component replace one guess). A resource with no
 * entry here is rendered entirely from the schema model.
 */

export interface FieldOverrideProps {
  field: FieldModel;
  source: string;
  label?: string;
}

export interface InputOverrideProps {
  field: InputFieldModel;
  source: string;
  label?: string;
}

export type Page = 'list' | 'show' | 'edit' | 'create';

export interface ResourceOverride {
  /** The menu icon. */
  icon?: ComponentType;
  /** Columns of the list, by field name, instead of the guessed ones. */
  listColumns?: readonly string[];
  /** Inputs of the generic forms to put first, in this order (the rest follow as guessed). */
  formOrder?: readonly string[];
  /** A field's display, replaced wherever the generic screens show it. */
  fields?: Readonly<Record<string, ComponentType<FieldOverrideProps>>>;
  /** A field's input, replaced in the generic create and edit forms. */
  inputs?: Readonly<Record<string, ComponentType<InputOverrideProps>>>;
  /** A whole page, loaded on demand (the archive form will be one). */
  pages?: Partial<Record<Page, () => Promise<{ default: ComponentType }>>>;
}

export const overrides: Readonly<Record<string, ResourceOverride>> = {
  archives,
  unions,
  users,
  dictionaries,
  minimumLivingLines,
};
