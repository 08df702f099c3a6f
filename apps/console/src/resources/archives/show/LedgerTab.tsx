import { FIXED_LISTS, formatFen, todayIso, type ActionPlan } from '@bangfu/domain';
import {
  Box,
  Button,
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
import { useQuery } from '@tanstack/react-query';
import { Form, required, useGetIdentity, useTranslate } from 'ra-core';
import { useState } from 'react';
import { DateInput, SaveButton, SelectInput, TextInput } from 'react-admin';
import { client } from '../../../api.js';
import { fixedLabel } from '../../../archive-form/describe.js';
import { MoneyInput } from '../../../archive-form/MoneyInput.js';
import { useLanguage } from '../../../guessers/hooks.js';
import { ArchiveLedgerQuery, type ArchiveDetail } from '../queries.js';
import { CorrectLedgerEntryButton } from './LedgerCorrection.js';
import { useSubmit } from './use-submit.js';

/*
 * 帮扶台账: dated entries of what was done for the household under which action plan, with the
 * amount (money, or goods at their value) typed in yuan; totals for this cycle and all cycles.
 */

const PAGE = 50;

function LedgerForm({ archive }: { archive: ArchiveDetail }) {
  const translate = useTranslate();
  const lang = useLanguage();
  const submit = useSubmit();
  const { identity } = useGetIdentity();
  const t = (key: string) => translate(`bangfu.archive.ledger.${key}`);
  const planned = archive.plan?.actionPlans ?? archive.determination?.actionPlans ?? [];
  const record = { on: todayIso(), by: identity?.fullName ?? '', actionPlan: planned[0] ?? null };
  // A new, empty form after each entry added.
  const [round, setRound] = useState(0);
  return (
    <Form
      key={`${round}:${record.by}`}
      record={record}
      onSubmit={(values: Record<string, unknown>) =>
        submit(
          (dp) =>
            dp.addLedgerEntry({
              archiveId: archive.id,
              input: {
                on: String(values.on ?? ''),
                actionPlan: values.actionPlan as ActionPlan,
                description: String(values.description ?? ''),
                amountFen: typeof values.amountFen === 'number' ? values.amountFen : 0,
                by: String(values.by ?? ''),
              },
            }),
          'bangfu.archive.ledger.added',
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
        <SelectInput
          source="actionPlan"
          label={t('actionPlan')}
          validate={required()}
          choices={FIXED_LISTS.actionPlans.entries.map((e) => ({
            id: e.code,
            name: `${e.no}. ${lang === 'en' ? e.labelEn : e.label}`,
          }))}
          translateChoice={false}
          helperText={false}
        />
        <MoneyInput source="amountFen" label={t('amount')} validate={required()} />
        <TextInput source="by" label={t('by')} validate={required()} helperText={false} />
      </Box>
      <TextInput
        source="description"
        label={t('description')}
        validate={required()}
        multiline
        fullWidth
        helperText={false}
      />
      <SaveButton label={t('add')} />
    </Form>
  );
}

export function LedgerTab({ archive, canKeep }: { archive: ArchiveDetail; canKeep: boolean }) {
  const translate = useTranslate();
  const lang = useLanguage();
  const [first, setFirst] = useState(PAGE);
  const { data } = useQuery({
    queryKey: ['bangfu', 'archive-ledger', archive.id, first],
    queryFn: () => client(ArchiveLedgerQuery, { id: archive.id, first }),
    placeholderData: (previous) => previous,
  });
  const ledger = data?.archive?.ledger;
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`bangfu.archive.ledger.${key}`, options);
  // The same people who record entries correct them, while the archive is being assisted.
  const canCorrect = canKeep;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={3}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="ledger-total">
          {t('total', { amount: formatFen(archive.ledgerTotalFen) })}
        </Typography>
        <Typography variant="subtitle1">
          {t('totalAll', { amount: formatFen(archive.ledgerTotalAllCyclesFen) })}
        </Typography>
        <Typography variant="subtitle1" color="text.secondary">
          {t('count', { count: archive.ledgerEntryCount })}
        </Typography>
      </Stack>
      {ledger && ledger.edges.length > 0 ? (
        <Table size="small" aria-label={translate('bangfu.archive.show.tabs.ledger')}>
          <TableHead>
            <TableRow>
              {[
                'on',
                'actionPlan',
                'description',
                'amount',
                'by',
                'cycle',
                ...(canCorrect ? ['correct'] : []),
              ].map((k) => (
                <TableCell key={k} align={k === 'amount' ? 'right' : 'left'}>
                  {t(k)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {ledger.edges.map(({ node }) => {
              // A corrected entry stays, struck through, with why; its reversal says so too.
              const struck = node.reversal ? { textDecoration: 'line-through' } : undefined;
              const correctable =
                canCorrect &&
                !node.reversal &&
                !node.reverses &&
                node.cycle === data?.archive?.cycle;
              return (
                <TableRow key={node.id} data-testid={`ledger-entry-${node.id}`}>
                  <TableCell sx={struck}>{node.on}</TableCell>
                  <TableCell sx={struck}>
                    {fixedLabel('actionPlans', node.actionPlan, lang)}
                  </TableCell>
                  <TableCell>
                    <Box component="span" sx={struck}>
                      {node.description}
                    </Box>
                    {node.reversal && (
                      <Chip
                        size="small"
                        color="warning"
                        sx={{ ml: 1 }}
                        label={t('corrected')}
                        title={t('correctedBecause', { reason: node.reversal.correctionReason })}
                      />
                    )}
                    {node.reversal && (
                      <Typography variant="body2" color="text.secondary">
                        {t('correctedBecause', { reason: node.reversal.correctionReason })}
                      </Typography>
                    )}
                    {node.reverses && (
                      <Typography variant="body2" color="text.secondary">
                        {t('reversal', { reason: node.correctionReason })}
                      </Typography>
                    )}
                    {node.replaces && (
                      <Typography variant="body2" color="text.secondary">
                        {t('replacement')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right" sx={struck}>
                    {formatFen(node.amountFen)}
                  </TableCell>
                  <TableCell>{node.by}</TableCell>
                  <TableCell>{node.cycle}</TableCell>
                  {canCorrect && (
                    <TableCell>
                      {correctable && <CorrectLedgerEntryButton entryId={node.id} />}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : (
        <Typography color="text.secondary">{t('empty')}</Typography>
      )}
      {ledger?.pageInfo.hasNextPage && (
        <Button onClick={() => setFirst(first + PAGE)} sx={{ alignSelf: 'flex-start' }}>
          {t('more')}
        </Button>
      )}
      {canKeep && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
              {t('add')}
            </Typography>
            <LedgerForm archive={archive} />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}
