import { ARCHIVE_FIELDS, FIELD_SECTIONS, type FieldSection, type FieldSpec } from '@bangfu/domain';

/*
 * The seed form's parts in print order (基本信息 … 签字与帮扶责任), each with its fields in the
 * order ARCHIVE_FIELDS gives them. Members and the determination have catalogues of their own
 * and are laid out by their own components.
 */

export interface FormSection {
  code: FieldSection;
  label: string;
  labelEn: string;
  fields: FieldSpec[];
}

export function archiveSections(options: { computed: boolean }): FormSection[] {
  const fields = Object.values(ARCHIVE_FIELDS) as FieldSpec[];
  return Object.values(FIELD_SECTIONS).map((section) => ({
    ...section,
    fields: fields.filter((f) => f.section === section.code && (options.computed || !f.computed)),
  }));
}
