import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material';
import {
  Form,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  type HttpError,
} from 'ra-core';
import { useState } from 'react';
import { Button, SaveButton } from 'react-admin';
import { offeredActions } from '../../access.js';
import type { Permissions } from '../../data/auth-provider.js';
import type { BangfuDataProvider } from '../../data/data-provider.js';
import { useLanguage, useResourceModel } from '../../guessers/hooks.js';
import { catalogueFor } from '../../i18n/domain-labels.js';
import type { MutationModel } from '../../schema-model/types.js';
import { renderInput } from './render.js';

/**
 * The workflow transitions this user may make on this record now (allowedActions of the domain,
 * among the actions the API offers): one button each, with a dialog for what the action asks
 * (notice dates, a reason, the determination).
 */
export function WorkflowActions() {
  const record = useRecordContext();
  const resource = useResourceModel();
  const { permissions } = usePermissions<Permissions>();
  const offered = offeredActions(
    permissions,
    record?.status,
    resource.actions.map((a) => a.field),
  );
  return (
    <>
      {offered.map((name) => (
        <ActionButton key={name} action={resource.actions.find((a) => a.field === name)!} />
      ))}
    </>
  );
}

function ActionButton({ action }: { action: MutationModel }) {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const resource = useResourceModel();
  const record = useRecordContext();
  const dataProvider = useDataProvider<BangfuDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const label = translate(`resources.${resource.name}.actions.${action.field}`, {
    _: action.label.zh,
  });
  const lang = useLanguage();
  const catalogue = catalogueFor(action.inputs.map((f) => f.name));

  async function submit(args: Record<string, unknown>) {
    try {
      await dataProvider.runAction(resource.name, action.field, {
        id: record!.id,
        previousData: record,
        args,
      });
      setOpen(false);
      notify('bangfu.workflow.done', { type: 'success', messageArgs: { action: label } });
      refresh();
    } catch (error) {
      const errors = (error as HttpError).body?.errors as Record<string, unknown> | undefined;
      if (errors) return errors;
      notify((error as Error).message, { type: 'error' });
    }
    return undefined;
  }

  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit}>
          <DialogTitle>{label}</DialogTitle>
          <DialogContent>
            {action.inputs.length === 0
              ? translate('bangfu.workflow.confirm', { action: label })
              : action.inputs.map((f) =>
                  renderInput(resource.name, f, { catalogue, label: f.label[lang] }),
                )}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <SaveButton label={label} icon={<></>} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
