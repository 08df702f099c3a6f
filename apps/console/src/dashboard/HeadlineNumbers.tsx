import { formatFen } from '@bangfu/domain';
import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { DashboardStatistics } from './charts.js';
import { percent } from './period.js';

const FIELDS = [
  'totalArchives',
  'inProgress',
  'established',
  'exited',
  'peopleCovered',
  'newlyEstablished',
  'exits',
  'exitRate',
  'overdue',
  'ledgerEntries',
  'ledgerAmountFen',
] as const;

function shown(s: DashboardStatistics, field: (typeof FIELDS)[number]): string {
  const value = s[field];
  if (value == null) return '—';
  if (field === 'exitRate') return percent(value);
  if (field === 'ledgerAmountFen') return formatFen(value);
  return value.toLocaleString('zh-CN');
}

/** The headline numbers of the subtree, one card each. */
export function HeadlineNumbers({ statistics }: { statistics: DashboardStatistics }) {
  const translate = useTranslate();
  return (
    <Grid
      container
      spacing={1.5}
      component="dl"
      aria-label={translate('bangfu.dashboard.title')}
      sx={{ m: 0 }}
    >
      {FIELDS.filter((f) => f !== 'newlyEstablished' || statistics.newlyEstablished !== null).map(
        (field) => (
          <Grid key={field} size={{ xs: 6, sm: 4, md: 2 }}>
            <Card variant="outlined" data-field={field}>
              <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {translate(`bangfu.dashboard.headline.${field}`)}
                </Typography>
                <Typography component="dd" variant="h6" sx={{ m: 0 }}>
                  {shown(statistics, field)}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        ),
      )}
    </Grid>
  );
}
