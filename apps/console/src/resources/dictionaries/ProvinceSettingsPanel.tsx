import { NOTICE_PERIOD_DAYS_MAX, NOTICE_PERIOD_DAYS_MIN } from '@bangfu/domain';
import { Card, CardContent, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, maxValue, minValue, required, usePermissions, useTranslate } from 'ra-core';
import { NumberInput, SaveButton } from 'react-admin';
import { client } from '../../api.js';
import type { Permissions } from '../../data/auth-provider.js';
import { graphql } from '../../generated/graphql/index.js';
import { useSubmit } from '../archives/show/use-submit.js';

/*
 * 全省参数 next to the code lists, the other things the province keeps for every union: for now
 * the public-notice period the 开始公示 dialog starts from. Everyone reads it; the province edits.
 */

const ProvinceSettingsQuery = graphql(`
  query ProvinceSettingsPanel {
    provinceSettings {
      noticePeriodDays
      updatedAt
    }
  }
`);

const SetNoticePeriodMutation = graphql(`
  mutation SetNoticePeriodDays($days: Int!) {
    result: setNoticePeriodDays(days: $days) {
      __typename
      ... on ProvinceSettings {
        noticePeriodDays
      }
      ... on ValidationError {
        ...FieldErrors
      }
    }
  }
`);

export function ProvinceSettingsPanel() {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`bangfu.provinceSettings.${key}`, options);
  const { permissions } = usePermissions<Permissions>();
  const queryClient = useQueryClient();
  const submit = useSubmit();
  const { data } = useQuery({
    queryKey: ['bangfu', 'provinceSettings', 'panel'],
    queryFn: () => client(ProvinceSettingsQuery, {}),
  });
  const settings = data?.provinceSettings;
  if (!settings) return null;
  const editable = permissions?.role === 'PROVINCE_ADMIN';
  return (
    <Card variant="outlined" sx={{ mb: 2 }} component="section" aria-label={t('name')}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t('name')}
        </Typography>
        <Typography variant="body2" data-testid="notice-period">
          {t('noticePeriod', { days: settings.noticePeriodDays })}
        </Typography>
        {editable && (
          <Form
            record={{ days: settings.noticePeriodDays }}
            onSubmit={(values: Record<string, unknown>) =>
              submit(
                () => client(SetNoticePeriodMutation, { days: Number(values.days) }),
                'bangfu.provinceSettings.saved',
                () =>
                  void queryClient.invalidateQueries({ queryKey: ['bangfu', 'provinceSettings'] }),
              )
            }
          >
            <NumberInput
              source="days"
              label={t('noticePeriodDays')}
              validate={[
                required(),
                minValue(NOTICE_PERIOD_DAYS_MIN),
                maxValue(NOTICE_PERIOD_DAYS_MAX),
              ]}
              step={1}
              helperText={t('noticePeriodHelp', {
                min: NOTICE_PERIOD_DAYS_MIN,
                max: NOTICE_PERIOD_DAYS_MAX,
              })}
            />
            <SaveButton label={t('save')} />
          </Form>
        )}
      </CardContent>
    </Card>
  );
}
