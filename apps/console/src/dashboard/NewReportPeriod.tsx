import { Button, Stack, TextField } from '@mui/material';
import { defaultReportDueOn, isIsoDate } from '@bangfu/domain';
import { useNotify, useTranslate } from 'ra-core';
import { useState } from 'react';
import { client } from '../api.js';
import { DashboardCreateReportPeriodMutation } from './queries.js';

const FIELDS = ['code', 'label', 'startsOn', 'endsOn', 'dueOn'] as const;
type Field = (typeof FIELDS)[number];

/** 设定报送期间 (province): the API's message appears under the input it is about; typing is kept. */
export function NewReportPeriod({ onCreated }: { onCreated: (code: string) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [values, setValues] = useState<Record<Field, string>>({
    code: '',
    label: '',
    startsOn: '',
    endsOn: '',
    dueOn: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  async function create() {
    setErrors({});
    try {
      const { result } = await client(DashboardCreateReportPeriodMutation, {
        ...values,
        dueOn: values.dueOn || null,
      });
      if (result.__typename === 'ValidationError') {
        setErrors(Object.fromEntries(result.fieldErrors.map((e) => [e.path[0], e.message])));
        return;
      }
      notify('bangfu.dashboard.submissions.created', {
        type: 'success',
        messageArgs: { code: result.period.code },
      });
      onCreated(result.period.code);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      {FIELDS.map((field) => (
        <TextField
          key={field}
          size="small"
          name={field}
          type={field.endsWith('On') ? 'date' : 'text'}
          label={translate(`bangfu.dashboard.submissions.${field}`)}
          value={values[field]}
          onChange={(e) => setValues(withDefaults(values, field, e.target.value))}
          error={!!errors[field]}
          helperText={errors[field] ?? ' '}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: field === 'label' ? 280 : 180 }}
        />
      ))}
      <Button variant="outlined" onClick={() => void create()}>
        {translate('bangfu.dashboard.submissions.create')}
      </Button>
    </Stack>
  );
}

/** A new start fills an empty or still-defaulted due date with the notice's 31 October. */
function withDefaults(
  values: Record<Field, string>,
  field: Field,
  value: string,
): Record<Field, string> {
  const next = { ...values, [field]: value };
  if (field !== 'startsOn' || !isIsoDate(value)) return next;
  const wasDefault =
    values.dueOn === '' ||
    (isIsoDate(values.startsOn) && values.dueOn === defaultReportDueOn(values.startsOn));
  return wasDefault ? { ...next, dueOn: defaultReportDueOn(value) } : next;
}
