import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, type HttpError } from 'ra-core';
import { useCallback } from 'react';
import type { BangfuDataProvider } from '../../../data/data-provider.js';

/*
 * For the small forms on the archive page (plan, contact card, ledger, spot check): run one of
 * the data provider's named methods as a react-query mutation, say it is done and re-read the
 * page, or hand the API's field errors back to the form (react-admin puts each under its input)
 * with the summary as a notification.
 */

type Run = (dataProvider: BangfuDataProvider) => Promise<unknown>;

export function useSubmit() {
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<BangfuDataProvider>();
  const { mutateAsync } = useMutation({
    mutationFn: (run: Run) => run(dataProvider),
    // Whatever the page shows of the archive may have changed: read it again.
    onSuccess: () => refresh(),
  });
  return useCallback(
    async (
      run: Run,
      done: string,
      onDone?: () => void,
    ): Promise<Record<string, unknown> | undefined> => {
      try {
        await mutateAsync(run);
        notify(done, { type: 'success' });
        onDone?.();
      } catch (error) {
        notify((error as Error).message, { type: 'error' });
        const errors = (error as HttpError).body?.errors as Record<string, unknown> | undefined;
        if (errors) return errors;
      }
      return undefined;
    },
    [notify, mutateAsync],
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
