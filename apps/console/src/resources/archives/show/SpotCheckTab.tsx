import { todayIso } from '@bangfu/domain';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Form, required, useGetIdentity, useTranslate } from 'ra-core';
import { useState } from 'react';
import { DateInput, SaveButton, TextInput } from 'react-admin';
import { formatInstant } from '../../../archive-form/describe.js';
import { DictionarySelect } from '../../../archive-form/FieldInput.js';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import type { ArchiveDetail } from '../queries.js';
import { useSubmit } from './use-submit.js';

/*
 * 抽查核实: the city-level union checks electronic archives against the facts (the seed's step 4).
 * A result other than 属实 flags the archive until it is corrected or re-checked as confirmed.
 */

function SpotCheckForm({ archive }: { archive: ArchiveDetail }) {
  const translate = useTranslate();
  const submit = useSubmit();
  const { identity } = useGetIdentity();
  const [round, setRound] = useState(0);
  const t = (key: string) => translate(`bangfu.archive.spotCheck.${key}`);
  return (
    <Form
      key={`${round}:${identity?.fullName ?? ''}`}
      record={{ on: todayIso(), checker: identity?.fullName ?? '', result: 'CONFIRMED' }}
      onSubmit={(values: Record<string, unknown>) =>
        submit(
          (dp) =>
            dp.recordSpotCheck({
              archiveId: archive.id,
              input: {
                on: String(values.on ?? ''),
                checker: String(values.checker ?? ''),
                result: String(values.result ?? ''),
                note: values.note ? String(values.note) : null,
              },
            }),
          'bangfu.archive.spotCheck.recorded',
          () => setRound((r) => r + 1),
        )
      }
    >
      <Box
        sx={{
          display: 'grid',
          columnGap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
        }}
      >
        <DateInput source="on" label={t('on')} validate={required()} helperText={false} />
        <TextInput source="checker" label={t('checker')} validate={required()} helperText={false} />
        <DictionarySelect
          dictionary="spotCheckResult"
          source="result"
          label={t('result')}
          validate={required()}
        />
      </Box>
      <TextInput source="note" label={t('note')} helperText={t('noteHelp')} multiline fullWidth />
      <SaveButton label={t('record')} alwaysEnable />
    </Form>
  );
}

export function SpotCheckTab({ archive, canCheck }: { archive: ArchiveDetail; canCheck: boolean }) {
  const translate = useTranslate();
  const words = useVocabulary();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`bangfu.archive.spotCheck.${key}`, options);
  return (
    <Stack spacing={2}>
      {archive.spotChecks.length === 0 ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('bangfu.archive.show.tabs.spotChecks')}>
          <TableHead>
            <TableRow>
              {['on', 'checker', 'result', 'note', 'union'].map((k) => (
                <TableCell key={k}>{t(k)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {archive.spotChecks.map((check) => (
              <TableRow key={check.id}>
                <TableCell>{check.on}</TableCell>
                <TableCell>{check.checker}</TableCell>
                <TableCell>{words.dictionaryLabel('spotCheckResult', check.result)}</TableCell>
                <TableCell>{check.note}</TableCell>
                <TableCell>{check.union.name}</TableCell>
                <TableCell>
                  {check.result !== 'CONFIRMED' &&
                    (check.resolvedAt ? (
                      <Chip
                        size="small"
                        color="success"
                        label={t('resolved', { at: formatInstant(check.resolvedAt, words.lang) })}
                      />
                    ) : (
                      <Chip size="small" color="error" label={t('open')} />
                    ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canCheck && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
              {t('record')}
            </Typography>
            <SpotCheckForm archive={archive} />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}
