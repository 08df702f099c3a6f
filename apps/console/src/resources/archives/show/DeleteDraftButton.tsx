import DeleteIcon from '@mui/icons-material/Delete';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'ra-core';
import { useState } from 'react';
import { Button } from '@mui/material';
import { Confirm } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { BangfuDataProvider } from '../../../data/data-provider.js';

/** 删除 a draft (录入中) archive — the only state the API lets go; anything later exits instead. */
export function DeleteDraftButton({ archive }: { archive: { id: string; number: string } }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<BangfuDataProvider>();
  const [asking, setAsking] = useState(false);

  async function remove() {
    setAsking(false);
    try {
      await dataProvider.deleteArchive({ id: archive.id });
    } catch (error) {
      return notify((error as Error).message, { type: 'error' });
    }
    notify('bangfu.archive.show.deleted', {
      type: 'info',
      messageArgs: { number: archive.number },
    });
    navigate('/archives');
    refresh();
  }

  return (
    <>
      <Button size="small" color="error" startIcon={<DeleteIcon />} onClick={() => setAsking(true)}>
        {translate('ra.action.delete')}
      </Button>
      <Confirm
        isOpen={asking}
        title={translate('bangfu.archive.show.deleteTitle', { number: archive.number })}
        content={translate('bangfu.archive.show.deleteBody')}
        onConfirm={() => void remove()}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
