import { Button, Dialog, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Form, required, useTranslate } from 'ra-core';
import { useState } from 'react';
import { DateInput, SaveButton, TextInput } from 'react-admin';
import { MoneyInput } from '../../../archive-form/MoneyInput.js';
import { correctionInput, unreadableAmount } from './ledger-correction-input.js';
import { useSubmit } from './use-submit.js';

/*
 * 更正: a wrong ledger entry is never edited. The dialog asks why (required) and, optionally, what
 * the entry should have said; the API records a reversal and, when anything was filled in, the
 * corrected entry. Fields left empty stay as they were; all empty voids the entry.
 */

export function CorrectLedgerEntryButton({ entryId }: { entryId: string }) {
  const translate = useTranslate();
  const submit = useSubmit();
  const [open, setOpen] = useState(false);
  const t = (key: string) => translate(`bangfu.archive.ledger.${key}`);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`correct-${entryId}`}>
        {t('correct')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('correctTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('correctBody')}</DialogContentText>
          <Form
            onSubmit={(values: Record<string, unknown>) =>
              submit(
                (dp) =>
                  dp.correctLedgerEntry({
                    entryId,
                    input: correctionInput(values) as never,
                  }),
                'bangfu.archive.ledger.correctDone',
                () => setOpen(false),
              )
            }
          >
            <TextInput
              source="reason"
              label={t('reason')}
              validate={required()}
              multiline
              fullWidth
              helperText={false}
            />
            <MoneyInput source="amountFen" label={t('newAmount')} validate={unreadableAmount} />
            <DateInput source="on" label={t('newOn')} helperText={false} />
            <TextInput
              source="description"
              label={t('newDescription')}
              multiline
              fullWidth
              helperText={false}
            />
            <Button onClick={() => setOpen(false)} sx={{ mr: 1 }}>
              {translate('ra.action.cancel')}
            </Button>
            <SaveButton label={t('correct')} />
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}
