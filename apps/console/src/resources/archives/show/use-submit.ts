import { useNotify, useRefresh } from 'ra-core';
import { useCallback } from 'react';
import { validationHttpError, type ApiFieldError } from '../../../data/form-errors.js';

/*
 * For the small forms on the archive page (plan, contact card, ledger, spot check): run the
 * mutation, say it is done and re-read the page, or hand the API's field errors back to the
 * form (react-admin puts each under its input) with the summary as a notification.
 */

interface Refused {
  __typename: 'ValidationError';
  message: string;
  fieldErrors: readonly ApiFieldError[];
}

export function useSubmit() {
  const notify = useNotify();
  const refresh = useRefresh();
  return useCallback(
    async (
      run: () => Promise<{ result: { __typename?: string } }>,
      done: string,
      onDone?: () => void,
    ): Promise<Record<string, unknown> | undefined> => {
      try {
        const { result } = await run();
        if (result.__typename === 'ValidationError') {
          const refused = result as Refused;
          notify(refused.message, { type: 'error' });
          return validationHttpError(refused.message, refused.fieldErrors).body.errors as Record<
            string,
            unknown
          >;
        }
        notify(done, { type: 'success' });
        onDone?.();
        refresh();
      } catch (error) {
        notify((error as Error).message, { type: 'error' });
      }
      return undefined;
    },
    [notify, refresh],
  );
}

/** Form values with blanks as null: an input left empty takes the API's default. */
export function blanksAsNull<T extends Record<string, unknown>>(
  values: T,
  fields: readonly string[],
) {
  return Object.fromEntries(
    fields.map((f) => {
      const v = values[f];
      return [f, v === '' || v === undefined ? null : v];
    }),
  );
}
