import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'ra-core';

/** One of the province's reporting periods, newest first. */
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: readonly { code: string; label: string; dueOn: string }[];
  value: string;
  onChange: (code: string) => void;
}) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      sx={{ minWidth: 280 }}
      label={translate('bangfu.dashboard.report.period')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {periods.map((p) => (
        <MenuItem key={p.code} value={p.code}>
          {p.label}（{translate('bangfu.dashboard.report.due', { date: p.dueOn })}）
        </MenuItem>
      ))}
    </TextField>
  );
}
