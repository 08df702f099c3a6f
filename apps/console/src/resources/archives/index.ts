import FolderSharedIcon from '@mui/icons-material/FolderShared';
import type { ResourceOverride } from '../overrides.js';

/**
 * 困难职工档案: hand-made pages (each loaded on demand) — the list with flags and the union
 * tree, the seed-form layout for creating and editing, and the archive page with its tabs.
 */
export const archives: ResourceOverride = {
  icon: FolderSharedIcon,
  listColumns: [
    'number',
    'name',
    'union',
    'hardshipCategory',
    'primaryCause',
    'status',
    'updatedAt',
  ],
  pages: {
    list: () => import('./ArchiveList.js'),
    show: () => import('./ArchiveShow.js'),
    edit: () => import('./ArchiveEdit.js'),
    create: () => import('./ArchiveCreate.js'),
  },
};
