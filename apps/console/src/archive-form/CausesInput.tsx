import { ARCHIVE_FIELDS, FIXED_LISTS, MAX_SECONDARY_CAUSES } from '@bangfu/domain';
import { Typography } from '@mui/material';
import { required, useTranslate } from 'ra-core';
import { useEffect, useMemo } from 'react';
import { CheckboxGroupInput, RadioButtonGroupInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useLanguage } from '../guessers/hooks.js';

/*
 * 致困原因 as the seed prints them, numbered 1–10: 主要致困原因 限选一项, 次要致困原因 最多选三项.
 * The form itself keeps to the rule: the primary cause cannot be ticked as secondary (choosing
 * it as primary unticks it), and once three are ticked the others wait.
 */

export function CausesInput() {
  const translate = useTranslate();
  const lang = useLanguage();
  const { setValue } = useFormContext();
  const [primary, secondary] = useWatch({ name: ['primaryCause', 'secondaryCauses'] }) as [
    string | null,
    string[] | null,
  ];
  const chosen = useMemo(() => secondary ?? [], [secondary]);
  const full = chosen.length >= MAX_SECONDARY_CAUSES;

  useEffect(() => {
    if (primary && chosen.includes(primary)) {
      setValue(
        'secondaryCauses',
        chosen.filter((c) => c !== primary),
        { shouldDirty: true },
      );
    }
  }, [primary, chosen, setValue]);

  const entries = FIXED_LISTS.primaryCause.entries;
  const label = (e: (typeof entries)[number]) => `${e.no}. ${lang === 'en' ? e.labelEn : e.label}`;
  return (
    <>
      <RadioButtonGroupInput
        source="primaryCause"
        label={translate('bangfu.archive.form.primaryCause')}
        validate={ARCHIVE_FIELDS.primaryCause.required ? required() : undefined}
        choices={entries.map((e) => ({ id: e.code, name: label(e) }))}
        translateChoice={false}
        helperText={false}
      />
      <CheckboxGroupInput
        source="secondaryCauses"
        label={translate('bangfu.archive.form.secondaryCauses')}
        choices={entries.map((e) => ({
          id: e.code,
          name: label(e),
          disabled: e.code === primary || (full && !chosen.includes(e.code)),
        }))}
        translateChoice={false}
        helperText={false}
      />
      {full && (
        <Typography variant="caption" color="text.secondary">
          {translate('bangfu.archive.form.secondaryFull')}
        </Typography>
      )}
    </>
  );
}
