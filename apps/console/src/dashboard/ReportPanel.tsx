import {
  Alert,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'ra-core';
import { useState } from 'react';
import { client } from '../api.js';
import { PeriodSelect } from './PeriodSelect.js';
import { DashboardSubmitReportMutation } from './queries.js';
import { dateTime, STATUS_COLORS, useReportPeriods, useReportSubmissions } from './useReports.js';

/**
 * 报送建档立卡情况 for a city-level union: pick the period, write a note, submit (the API freezes
 * today's statistics); then the submission as the province sees it. A refusal keeps the note.
 */
export function ReportPanel() {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bangfu.dashboard.report.${key}`, args);
  const notify = useNotify();
  const periods = useReportPeriods();
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods.data?.[0]?.code ?? null;
  const rows = useReportSubmissions(period);
  const own = rows.data?.[0];
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!period) return;
    setBusy(true);
    setProblem(null);
    try {
      const { result } = await client(DashboardSubmitReportMutation, {
        period,
        note: note || null,
      });
      if (result.__typename === 'ValidationError') {
        setProblem(result.fieldErrors.map((e) => e.message).join(' ') || result.message);
      } else {
        notify('bangfu.dashboard.report.done', { type: 'success', messageArgs: { period } });
        await rows.refetch();
      }
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('title')}
        </Typography>
        {periods.data?.length === 0 && <Alert severity="info">{t('noPeriods')}</Alert>}
        {periods.data && periods.data.length > 0 && period && (
          <Stack spacing={2}>
            <PeriodSelect periods={periods.data} value={period} onChange={setChosen} />
            {own && (
              <Stack spacing={0.5} aria-label={t('yours')}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="subtitle2">{t('yours')}</Typography>
                  <Chip
                    size="small"
                    color={STATUS_COLORS[own.status]}
                    label={
                      t(own.status.toLowerCase()) + (own.submittedLate ? t('lateSubmission') : '')
                    }
                  />
                </Stack>
                {own.submission && (
                  <Typography variant="body2">
                    {t('at')}：{dateTime(own.submission.submittedAt)} · {t('by')}：
                    {own.submission.submittedBy.name} ·{' '}
                    {t('version', { version: own.submission.version })}
                    {own.submission.note ? ` · ${t('note')}：${own.submission.note}` : ''}
                  </Typography>
                )}
              </Stack>
            )}
            <TextField
              label={t('note')}
              multiline
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={!!problem}
              helperText={problem ?? ' '}
            />
            <div>
              <Button variant="contained" disabled={busy} onClick={() => void submit()}>
                {own?.submission ? t('resubmit') : t('submit')}
              </Button>
            </div>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
