import { WORKFLOW_TRANSITIONS, type WorkflowAction } from '@bangfu/domain';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import {
  Form,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
  type HttpError,
} from 'ra-core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SaveButton } from 'react-admin';
import { client } from '../api.js';
import { workflowStep } from '../data/archive-methods.js';
import type { BangfuDataProvider } from '../data/data-provider.js';
import { graphql } from '../generated/graphql/index.js';
import { useLanguage } from '../guessers/hooks.js';
import { usePhone } from '../guessers/use-phone.js';
import { ACTION_FORMS, type ActionArchive, type ActionSettings } from './action-inputs.js';

/*
 * The workflow steps this person may take on this archive now: exactly the API's
 * `availableActions` (it knows the role, the subtree and the state), in the order of the
 * state machine. Each opens a dialog with what the step needs and a confirmation; the API's
 * refusals land on the dialog's inputs.
 */

const ORDER = Object.keys(WORKFLOW_TRANSITIONS) as WorkflowAction[];

const ProvinceSettingsQuery = graphql(`
  query ProvinceSettingsForActions {
    provinceSettings {
      noticePeriodDays
    }
  }
`);

/**
 * The province's settings a step starts from (the notice period), read when the step is offered;
 * its button waits for them so the dialog opens with the right defaults. A failed read falls
 * back to the domain's defaults rather than block the step.
 */
function useActionSettings(needed: boolean): { settings: ActionSettings; ready: boolean } {
  const { data, isPending, isError } = useQuery({
    queryKey: ['bangfu', 'provinceSettings'],
    queryFn: () => client(ProvinceSettingsQuery, {}),
    enabled: needed,
  });
  return {
    settings: { noticePeriodDays: data?.provinceSettings.noticePeriodDays },
    ready: !needed || !isPending || isError,
  };
}

export function WorkflowActions({
  archive,
}: {
  archive: ActionArchive & { availableActions: readonly string[]; version: number };
}) {
  const offered = ORDER.filter((a) => archive.availableActions.includes(a));
  return (
    <>
      {offered.map((action) => (
        <ActionButton key={action} action={action} archive={archive} />
      ))}
    </>
  );
}

function ActionButton({
  action,
  archive,
}: {
  action: WorkflowAction;
  archive: ActionArchive & { version: number };
}) {
  const translate = useTranslate();
  const lang = useLanguage();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<BangfuDataProvider>();
  const phone = usePhone();
  const [open, setOpen] = useState(false);
  const transition = WORKFLOW_TRANSITIONS[action];
  const label = lang === 'en' ? transition.labelEn : transition.label;
  const form = ACTION_FORMS[action];
  const { settings, ready } = useActionSettings(action === 'startPublicNotice');

  async function submit(values: Record<string, unknown>) {
    try {
      const args = Object.fromEntries(
        transition.inputs.map((name) => [name, values[name] ?? null]),
      );
      // The step's own typed mutation (a named method of the data provider).
      await workflowStep(dataProvider, action)({ ...args, id: archive.id });
      setOpen(false);
      notify('bangfu.archive.workflow.done', { type: 'success', messageArgs: { action: label } });
      refresh();
    } catch (error) {
      const errors = (error as HttpError).body?.errors as Record<string, unknown> | undefined;
      notify((error as Error).message, { type: 'error' });
      if (errors) return errors;
    }
    return undefined;
  }

  return (
    <>
      <Button
        variant="outlined"
        size="small"
        onClick={() => setOpen(true)}
        disabled={!ready}
        data-action={action}
      >
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        // On a phone the step's inputs fill the screen, one under another.
        fullScreen={phone}
        maxWidth={action === 'approveArchive' || action === 'redetermineArchive' ? 'md' : 'sm'}
      >
        <Form
          record={form?.defaults?.(archive, settings) ?? {}}
          onSubmit={submit}
          validate={form?.validate}
          mode="onTouched"
        >
          <DialogTitle>{label}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>
              {translate('bangfu.archive.workflow.confirm', { action: label })}
            </DialogContentText>
            {form && <form.Inputs archive={archive} />}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <SaveButton label={label} icon={<></>} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
