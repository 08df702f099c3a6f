import PeopleIcon from '@mui/icons-material/People';
import type { ResourceOverride } from '../overrides.js';

export const users: ResourceOverride = {
  icon: PeopleIcon,
  listColumns: ['username', 'name', 'role', 'union', 'post', 'disabled', 'lastLoginAt'],
  formOrder: ['username', 'name', 'password', 'role', 'unionId'],
};
