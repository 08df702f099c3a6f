import FolderSharedIcon from '@mui/icons-material/FolderShared';
import type { ResourceOverride } from '../overrides.js';

/** 困难职工档案: the list a union admin works from. The seed-form layout comes later as `pages`. */
export const archives: ResourceOverride = {
  icon: FolderSharedIcon,
  listColumns: [
    'number',
    'name',
    'union',
    'status',
    'hardshipCategory',
    'primaryCause',
    'householdSize',
    'updatedAt',
  ],
};
