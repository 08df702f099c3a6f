import { formatFen } from '@bangfu/domain';
import {
  Alert,
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
import { useTranslate } from 'ra-core';
import { useState } from 'react';
import { LEGIBLE_TABLE, TABLE_SCROLL } from './legible-table.js';
import { NewReportPeriod } from './NewReportPeriod.js';
import { PeriodSelect } from './PeriodSelect.js';
import { dateTime, STATUS_COLORS, useReportPeriods, useReportSubmissions } from './useReports.js';

const COMPARED = ['totalArchives', 'established', 'exited', 'exits', 'overdue'] as const;

/** For the province: who has reported for a period, who is late, each snapshot beside today's numbers. */
export function ReportSubmissionsPanel() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bangfu.dashboard.${key}`, args);
  const periods = useReportPeriods();
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods.data?.[0]?.code ?? null;
  const rows = useReportSubmissions(period);

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('submissions.title')}
        </Typography>
        <Stack spacing={2}>
          <Typography variant="subtitle2">{t('submissions.newPeriod')}</Typography>
          <NewReportPeriod
            onCreated={(code) => {
              void periods.refetch();
              setChosen(code);
            }}
          />
          {periods.data?.length === 0 && <Alert severity="info">{t('report.noPeriods')}</Alert>}
          {periods.data && period && (
            <PeriodSelect periods={periods.data} value={period} onChange={setChosen} />
          )}
          {rows.error && <Alert severity="error">{rows.error.message}</Alert>}
          {rows.data?.length === 0 && (
            <Typography variant="body2">{t('submissions.none')}</Typography>
          )}
          {rows.data && rows.data.length > 0 && (
            <Box sx={TABLE_SCROLL}>
              <Table size="small" aria-label={t('submissions.title')} sx={LEGIBLE_TABLE}>
                <TableHead>
                  <TableRow>
                    <TableCell rowSpan={2}>{t('children.union')}</TableCell>
                    <TableCell rowSpan={2}>{t('submissions.status')}</TableCell>
                    <TableCell rowSpan={2}>{t('report.at')}</TableCell>
                    <TableCell rowSpan={2}>{t('report.note')}</TableCell>
                    {[...COMPARED, 'ledgerAmountFen' as const].map((f) => (
                      <TableCell key={f} colSpan={2} align="center">
                        {t(`headline.${f}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                  <TableRow>
                    {[...COMPARED, 'ledgerAmountFen'].flatMap((f) => [
                      <TableCell key={`${f}-s`} align="right">
                        {t('submissions.asSubmitted')}
                      </TableCell>,
                      <TableCell key={`${f}-t`} align="right">
                        {t('submissions.today')}
                      </TableCell>,
                    ])}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.data.map((r) => (
                    <TableRow key={r.union.id} data-union={r.union.code} data-status={r.status}>
                      <TableCell component="th" scope="row">
                        {r.union.name}
                      </TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          color={STATUS_COLORS[r.status]}
                          label={
                            t(`report.${r.status.toLowerCase()}`) +
                            (r.submittedLate ? t('report.lateSubmission') : '')
                          }
                        />
                      </TableCell>
                      <TableCell>
                        {r.submission ? dateTime(r.submission.submittedAt) : '—'}
                      </TableCell>
                      <TableCell className="wrap">{r.submission?.note ?? ''}</TableCell>
                      {COMPARED.flatMap((f) => [
                        <TableCell key={`${f}-s`} align="right">
                          {r.submitted ? r.submitted[f] : '—'}
                        </TableCell>,
                        <TableCell key={`${f}-t`} align="right">
                          {r.today[f]}
                        </TableCell>,
                      ])}
                      <TableCell align="right">
                        {r.submitted?.ledgerAmountFen != null
                          ? formatFen(r.submitted.ledgerAmountFen)
                          : '—'}
                      </TableCell>
                      <TableCell align="right">
                        {r.today.ledgerAmountFen == null ? '—' : formatFen(r.today.ledgerAmountFen)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
