import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'ra-core';
import { useState } from 'react';
import type { BangfuDataProvider } from '../../../data/data-provider.js';
import { rememberRevealed } from '../../../data/revealed.js';

/*
 * A masked ID, bank card or mobile number shown in full on request. The person is told first
 * that the reveal is logged (who, when); the API logs it and answers the value, shown in place.
 */

type SensitiveField = 'idNumber' | 'bankCardNumber' | 'mobile';

export function RevealButton({
  archiveId,
  field,
  label,
  memberPosition,
}: {
  archiveId: string;
  field: SensitiveField;
  label: string;
  memberPosition?: number;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<BangfuDataProvider>();
  const [asking, setAsking] = useState(false);
  const [value, setValue] = useState<string | null>(null);

  async function reveal() {
    const result = await dataProvider
      .revealSensitive({ archiveId, field, memberPosition: memberPosition ?? null })
      .then(({ data }) => data as { value?: string | null })
      .catch((error: Error) => {
        notify(error.message, { type: 'error' });
        return null;
      });
    setAsking(false);
    if (!result) return;
    // Known to this page, so a draft of the archive form never keeps it (even pasted in).
    rememberRevealed(result.value);
    setValue(result.value ?? '');
    notify('bangfu.archive.reveal.logged', { type: 'info' });
    // The reveal log beside it now has one more line.
    void queryClient.invalidateQueries({ queryKey: ['bangfu', 'archive-reveals', archiveId] });
  }

  if (value !== null) {
    return (
      <Typography component="span" sx={{ ml: 1, fontFamily: 'monospace' }} data-revealed={field}>
        {value}
      </Typography>
    );
  }
  return (
    <>
      <Tooltip title={translate('bangfu.archive.reveal.button')}>
        <IconButton
          size="small"
          aria-label={`${translate('bangfu.archive.reveal.button')}：${label}`}
          onClick={() => setAsking(true)}
        >
          <VisibilityIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Dialog open={asking} onClose={() => setAsking(false)}>
        <DialogTitle>{translate('bangfu.archive.reveal.title', { field: label })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('bangfu.archive.reveal.body')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={() => void reveal()}>
            {translate('bangfu.archive.reveal.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
