import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { ResourceOverride } from '../overrides.js';

/** 工会组织: a few columns; the tree beside the list comes with any union-filtered resource. */
export const unions: ResourceOverride = {
  icon: AccountTreeIcon,
  listColumns: ['name', 'code', 'level', 'kind', 'regionCode', 'parent'],
};
