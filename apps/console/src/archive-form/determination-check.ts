import { makeDeterminationInputSchema, toFieldErrors } from '@bangfu/domain';
import { validationHttpError } from '../data/form-errors.js';

/*
 * The determination checked with the domain's schema before an approval or a redetermination is
 * sent. The schema is built with zod (≈ 20 kB gzip), so this module is loaded when such a dialog
 * is first submitted (workflow/action-inputs.tsx), not with the archive page.
 */
export function validateDetermination(values: Record<string, unknown>) {
  const parsed = makeDeterminationInputSchema().safeParse(values.determination ?? {});
  if (parsed.success) return undefined;
  const errors = toFieldErrors(parsed.error).map((e) => ({
    ...e,
    path: ['determination', ...e.path],
  }));
  const { root: _, ...byField } = validationHttpError('', errors).body.errors as Record<
    string,
    unknown
  >;
  return byField;
}
