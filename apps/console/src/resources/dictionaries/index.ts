import MenuBookIcon from '@mui/icons-material/MenuBook';
import type { ResourceOverride } from '../overrides.js';

/** 代码表: one panel per dictionary instead of the generic table (editing comes with the API's mutations). */
export const dictionaries: ResourceOverride = {
  icon: MenuBookIcon,
  pages: { list: () => import('./DictionaryList.js') },
};
