import PaymentsIcon from '@mui/icons-material/Payments';
import type { ResourceOverride } from '../overrides.js';

/** 低保标准 per division and year: the generic list and form, with the columns in reading order. */
export const minimumLivingLines: ResourceOverride = {
  icon: PaymentsIcon,
  listColumns: ['regionCode', 'year', 'monthlyFen', 'updatedAt'],
  formOrder: ['regionCode', 'year', 'monthlyFen'],
};
