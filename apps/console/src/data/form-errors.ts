import { renderFieldError, type MessageParams } from '@bangfu/domain';
import { HttpError } from 'ra-core';
import { currentLocale } from '../i18n/current-locale.js';

export interface ApiFieldError {
  path: readonly string[];
  code: string;
  message: string;
  params?: MessageParams | null;
}

/**
 * A ValidationError as react-admin's server-side validation expects it: `body.errors` shaped like
 * the form (`{ username: '…', members: { 2: { idNumber: '…' } } }`), so each message shows under
 * its input; `root.serverError` carries the summary for the notification (and for errors that
 * name no input, such as VERSION_CONFLICT).
 */
export function validationHttpError(
  message: string,
  fieldErrors: readonly ApiFieldError[],
): HttpError {
  const errors: Record<string, unknown> = {};
  for (const error of fieldErrors) {
    if (error.path.length === 0) continue;
    let node = errors;
    error.path.slice(0, -1).forEach((segment) => {
      const next = node[segment];
      node = (typeof next === 'object' && next !== null ? next : (node[segment] = {})) as Record<
        string,
        unknown
      >;
    });
    const leaf = error.path[error.path.length - 1]!;
    // Words in the console's language (the API's Chinese, or English from the code and params).
    if (node[leaf] === undefined)
      node[leaf] = renderFieldError(
        { ...error, params: error.params ?? undefined },
        currentLocale(),
      );
  }
  errors.root = { serverError: message };
  return new HttpError(message, 400, { errors, fieldErrors });
}
