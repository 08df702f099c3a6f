import { Box } from '@mui/material';
import { useGetIdentity, useNotify, useTranslate, type HttpError } from 'ra-core';
import { useMemo } from 'react';
import { Loading, Title } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { forgetDraft, useDraftSlot } from '../../archive-form/ArchiveDraft.js';
import { ArchiveForm } from '../../archive-form/ArchiveForm.js';
import { newArchiveValues, type FormValues } from '../../archive-form/form-values.js';
import { saveArchive } from '../../archive-form/save.js';

/**
 * 新建档案: the seed form, empty but for the lists and the person entering it; a draft of it left
 * in this browser is offered back.
 */
export default function ArchiveCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { identity, isPending } = useGetIdentity();
  const record = useMemo(() => newArchiveValues(identity?.fullName), [identity?.fullName]);
  const { slot } = useDraftSlot(undefined);

  async function onSubmit(values: FormValues) {
    try {
      const outcome = await saveArchive(values);
      if (outcome.kind !== 'saved') {
        notify(outcome.message, { type: 'error' });
        return outcome.kind === 'invalid' ? outcome.errors : undefined;
      }
      forgetDraft(slot);
      notify('bangfu.archive.form.saved', { type: 'success' });
      navigate(`/archives/${outcome.id}/show`, { state: { warnings: outcome.warnings } });
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
    }
    return undefined;
  }

  if (isPending) return <Loading />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('bangfu.archive.form.createTitle')} />
      <ArchiveForm record={record} onSubmit={onSubmit} draft={slot} />
    </Box>
  );
}
