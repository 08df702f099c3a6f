import { TextField } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useWatch } from 'react-hook-form';
import { useLanguage } from '../guessers/hooks.js';
import { perMemberText } from './live-checks.js';

/** 家庭月人均收入, never typed in: worked out as the income and household size are typed. */
export function PerMemberIncome() {
  const translate = useTranslate();
  const lang = useLanguage();
  const [income, size] = useWatch({ name: ['householdAnnualIncomeFen', 'householdSize'] });
  return (
    <TextField
      label={translate('bangfu.archive.form.perMember')}
      value={perMemberText(income, size, lang)}
      helperText={translate('bangfu.archive.form.perMemberHint')}
      fullWidth
      margin="dense"
      data-testid="per-member-income"
      slotProps={{ htmlInput: { readOnly: true, tabIndex: -1 } }}
    />
  );
}
