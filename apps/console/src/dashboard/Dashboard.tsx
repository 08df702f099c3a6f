import { Alert, Box, Button, Grid, Stack, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useAuthenticated, usePermissions, useTranslate } from 'ra-core';
import { Loading, Title } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { client } from '../api.js';
import type { Permissions } from '../data/auth-provider.js';
import { useLanguage } from '../guessers/hooks.js';
import { StatisticsDownloadButton } from '../spreadsheets/StatisticsDownloadButton.js';
import { BarChart } from './BarChart.js';
import { chartsOf, type ChartKind } from './charts.js';
import { ChildUnionsTable } from './ChildUnionsTable.js';
import { HeadlineNumbers } from './HeadlineNumbers.js';
import { PeriodPicker } from './PeriodPicker.js';
import { rangeFromSearch, rangeProblem, statisticsPeriod } from './period.js';
import { DashboardStatisticsQuery } from './queries.js';
import { ReportPanel } from './ReportPanel.js';
import { ReportSubmissionsPanel } from './ReportSubmissionsPanel.js';

const COLUMNS: Record<ChartKind, string[]> = {
  count: ['count'],
  targets: ['established', 'exited'],
  ledger: ['entries', 'amount'],
};

/**
 * The home page: 建档立卡情况 of the user's subtree (or a union below, opened from the table) for
 * a period of whole months — headline numbers, a chart per dimension, a row per child union —
 * and the reporting to the province: cities submit, the province sees who has.
 */
export default function Dashboard() {
  useAuthenticated();
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bangfu.dashboard.${key}`, args);
  const lang = useLanguage();
  const { permissions } = usePermissions<Permissions>();
  const [params, setParams] = useSearchParams();
  const range = rangeFromSearch(params);
  const unionId = params.get('unionId') || null;
  const { from, to } = statisticsPeriod(range);
  const problem = rangeProblem(range);
  const { data, error, isPending } = useQuery({
    queryKey: ['bangfu', 'statistics', unionId, from, to],
    queryFn: async () => (await client(DashboardStatisticsQuery, { unionId, from, to })).statistics,
    enabled: problem === null,
    placeholderData: keepPreviousData,
  });

  const change = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const reportsToProvince =
    permissions?.role === 'CITY_ADMIN' &&
    ['CITY', 'DIRECT_COUNTY'].includes(permissions.unionLevel);

  return (
    <Box sx={{ py: 2 }}>
      <Title title={t('title')} />
      <Stack spacing={2}>
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        >
          <Typography variant="h5" component="h1">
            {data ? t('of', { union: data.union.name }) : t('title')}
          </Typography>
          {unionId && permissions && (
            <Button onClick={() => change({ unionId: '' })}>
              {t('backTo', { union: permissions.unionName })}
            </Button>
          )}
          <Box sx={{ flex: 1 }} />
          <StatisticsDownloadButton unionId={unionId} from={from} to={to} />
        </Stack>
        <PeriodPicker range={range} onChange={change} />
        {error && <Alert severity="error">{error.message}</Alert>}
        {isPending && !problem && <Loading />}
        {data && (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('stockNote', { today: data.today })}
            </Typography>
            <HeadlineNumbers statistics={data} />
            <Grid container spacing={2}>
              {chartsOf(data, lang).map((chart) => (
                <Grid key={chart.key} size={{ xs: 12, md: 6, xl: 4 }}>
                  <BarChart
                    title={t(`charts.${chart.key}`)}
                    columns={COLUMNS[chart.kind].map((c) => t(`charts.${c}`))}
                    rows={chart.rows}
                  />
                </Grid>
              ))}
            </Grid>
            <Typography variant="h6" component="h2">
              {t('children.title')}
            </Typography>
            <ChildUnionsTable statistics={data} onOpen={(u) => change({ unionId: u.id })} />
          </>
        )}
        {reportsToProvince && <ReportPanel />}
        {permissions?.role === 'PROVINCE_ADMIN' && <ReportSubmissionsPanel />}
      </Stack>
    </Box>
  );
}
