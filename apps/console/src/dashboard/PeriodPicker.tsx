import { Button, Stack, TextField } from '@mui/material';
import { useTranslate } from 'ra-core';
import { rangeProblem, type MonthRange } from './period.js';

/** From month – to month, or this year, or all time. */
export function PeriodPicker({
  range,
  onChange,
}: {
  range: MonthRange;
  onChange: (changes: Record<string, string>) => void;
}) {
  const translate = useTranslate();
  const t = (key: string) => translate(`bangfu.dashboard.${key}`);
  const problem = rangeProblem(range);
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <TextField
        size="small"
        type="month"
        name="fromMonth"
        label={t('fromMonth')}
        value={range.fromMonth ?? ''}
        onChange={(e) => onChange({ from: e.target.value, period: '' })}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 200 }}
      />
      <TextField
        size="small"
        type="month"
        name="toMonth"
        label={t('toMonth')}
        value={range.toMonth ?? ''}
        onChange={(e) => onChange({ to: e.target.value, period: '' })}
        error={!!problem}
        helperText={problem ?? ' '}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 200 }}
      />
      <Button onClick={() => onChange({ from: '', to: '', period: '' })}>{t('thisYear')}</Button>
      <Button onClick={() => onChange({ from: '', to: '', period: 'all' })}>{t('allTime')}</Button>
    </Stack>
  );
}
