import type { FieldError } from '@bangfu/domain';
import { client } from '../api.js';
import { validationHttpError } from '../data/form-errors.js';
import { model } from '../model.js';
import { CreateArchiveMutation, UpdateArchiveMutation } from '../resources/archives/mutations.js';
import { toArchiveInput, type FormValues } from './form-values.js';

/*
 * Sends the archive form: createArchive, or updateArchive with the version the form was read at.
 * Three outcomes a page acts on: saved (with the API's warnings), refused with field errors
 * (shaped like the form), or a version conflict (someone saved in between; nothing written).
 */

export type SaveOutcome =
  | { kind: 'saved'; id: string; warnings: FieldError[] }
  | { kind: 'invalid'; message: string; errors: Record<string, unknown> }
  | { kind: 'conflict'; message: string };

export async function saveArchive(
  values: FormValues,
  existing?: { id: string; version: number },
): Promise<SaveOutcome> {
  const input = toArchiveInput(model, values);
  const { result } = existing
    ? await client(UpdateArchiveMutation, { id: existing.id, version: existing.version, input })
    : await client(CreateArchiveMutation, { input });
  if (result.__typename === 'ValidationError') {
    if (result.fieldErrors.some((e) => e.code === 'VERSION_CONFLICT')) {
      return { kind: 'conflict', message: result.message };
    }
    const error = validationHttpError(result.message, result.fieldErrors);
    return {
      kind: 'invalid',
      message: result.message,
      errors: (error.body as { errors: Record<string, unknown> }).errors,
    };
  }
  return { kind: 'saved', id: result.archive.id, warnings: result.warnings };
}
