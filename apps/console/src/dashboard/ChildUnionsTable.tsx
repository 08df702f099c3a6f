import { formatFen } from '@bangfu/domain';
import {
  Box,
  Button,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'ra-core';
import type { DashboardStatistics } from './charts.js';
import { TABLE_SCROLL } from './legible-table.js';
import { percent } from './period.js';

const NUMBERS = [
  'totalArchives',
  'inProgress',
  'established',
  'exited',
  'peopleCovered',
  'exits',
  'overdue',
] as const;

/** A row per child union: its numbers and its progress towards the establishment due date. */
export function ChildUnionsTable({
  statistics,
  onOpen,
}: {
  statistics: DashboardStatistics;
  onOpen: (union: { id: string; name: string }) => void;
}) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bangfu.dashboard.${key}`, args);
  if (statistics.children.length === 0)
    return <Typography variant="body2">{t('children.none')}</Typography>;
  return (
    <Box sx={TABLE_SCROLL}>
      <Table size="small" aria-label={t('children.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('children.union')}</TableCell>
            {NUMBERS.map((n) => (
              <TableCell key={n} align="right">
                {t(`headline.${n}`)}
              </TableCell>
            ))}
            <TableCell align="right">{t('headline.ledgerAmountFen')}</TableCell>
            <TableCell>{t('children.dueOn')}</TableCell>
            <TableCell sx={{ minWidth: 140 }}>{t('children.rate')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {statistics.children.map((c) => (
            <TableRow key={c.union.id} data-union={c.union.code}>
              <TableCell component="th" scope="row">
                {c.union.childCount > 0 || (c.totalArchives ?? 0) > 0 ? (
                  <Button
                    size="small"
                    sx={{ textTransform: 'none', p: 0, minWidth: 0, justifyContent: 'flex-start' }}
                    aria-label={t('children.open', { union: c.union.name })}
                    onClick={() => onOpen(c.union)}
                  >
                    {c.union.name}
                  </Button>
                ) : (
                  c.union.name
                )}
              </TableCell>
              {NUMBERS.map((n) => (
                <TableCell key={n} align="right" data-field={n}>
                  {c[n]?.toLocaleString('zh-CN') ?? '—'}
                </TableCell>
              ))}
              <TableCell align="right">
                {c.ledgerAmountFen == null ? '—' : formatFen(c.ledgerAmountFen)}
              </TableCell>
              <TableCell>{c.establishmentDueOn ?? '—'}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <LinearProgress
                    variant="determinate"
                    value={(c.establishmentRate ?? 0) * 100}
                    sx={{ flex: 1, height: 8 }}
                    color={c.pastDue ? 'error' : 'primary'}
                  />
                  <span>{percent(c.establishmentRate)}</span>
                  {c.pastDue && <Chip size="small" color="error" label={t('children.pastDue')} />}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
