import { DETERMINATION_FIELDS as F, FIXED_LISTS, OTHER } from '@bangfu/domain';
import { Box } from '@mui/material';
import { required, useTranslate } from 'ra-core';
import { CheckboxGroupInput, DateInput, RadioButtonGroupInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useLanguage } from '../guessers/hooks.js';

/*
 * *建档人或审核人确定困难职工是否为解困脱困对象（是/否，确定时间）and, for a target, the seed's
 * three lists as checkboxes: 五类重点群体, “四个一批”措施, 七个行动计划. Choosing 其他（注明）
 * opens its note. Used in the archive form and in the approval dialog.
 */

const LISTS = [
  { list: 'keyGroups', note: 'keyGroupOther' },
  { list: 'measures', note: 'measureOther' },
  { list: 'actionPlans', note: 'actionPlanOther' },
] as const;

const toBoolean = (v: unknown) => (v === 'true' ? true : v === 'false' ? false : null);
const fromBoolean = (v: unknown) => (typeof v === 'boolean' ? String(v) : '');

export function DeterminationInputs({ prefix = 'determination.' }: { prefix?: string }) {
  const translate = useTranslate();
  const lang = useLanguage();
  const values = (useWatch({ name: prefix.replace(/\.$/, '') }) ?? {}) as Record<string, unknown>;
  const label = (spec: { label: string; labelEn: string }) =>
    lang === 'en' ? spec.labelEn : spec.label;
  const notTarget = values.isTarget === false;
  return (
    <>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'center' }}>
        <RadioButtonGroupInput
          source={`${prefix}isTarget`}
          label={label(F.isTarget)}
          validate={required()}
          choices={[
            { id: 'true', name: translate('bangfu.archive.yes') },
            { id: 'false', name: translate('bangfu.archive.no') },
          ]}
          parse={toBoolean}
          format={fromBoolean}
          translateChoice={false}
          helperText={false}
        />
        <DateInput
          source={`${prefix}decidedOn`}
          label={label(F.decidedOn)}
          validate={required()}
          helperText={false}
        />
      </Box>
      {LISTS.map(({ list, note }) => {
        const chosen = (values[list] as string[] | undefined) ?? [];
        return (
          <Box key={list}>
            <CheckboxGroupInput
              source={`${prefix}${list}`}
              label={label(F[list])}
              choices={FIXED_LISTS[list].entries.map((e) => ({
                id: e.code,
                name: `${e.no}. ${lang === 'en' ? e.labelEn : e.label}`,
              }))}
              translateChoice={false}
              disabled={notTarget}
              helperText={false}
            />
            {chosen.includes(OTHER) && (
              <TextInput
                source={`${prefix}${note}`}
                label={`${label(F[note])} · ${translate('bangfu.archive.form.otherNote')}`}
                helperText={false}
                fullWidth
              />
            )}
          </Box>
        );
      })}
    </>
  );
}
