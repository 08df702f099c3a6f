import CampaignIcon from '@mui/icons-material/Campaign';
import { usePermissions, useTranslate } from 'ra-core';
import { Menu } from 'react-admin';
import type { Permissions } from '../data/auth-provider.js';
import { printPath } from './routes.js';

/** Public notices (domain.md §4): grassroots unions post; counties and the province oversee. */
export const NOTICE_LIST_ROLES = ['GRASSROOTS_ADMIN', 'COUNTY_ADMIN', 'PROVINCE_ADMIN'];

/** The paper screens' menu entries, after the resources. */
export function PaperMenuItems() {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  if (!permissions || !NOTICE_LIST_ROLES.includes(permissions.role)) return null;
  return (
    <Menu.Item
      to={printPath.noticeScreen}
      primaryText={translate('bangfu.print.notice.menu')}
      leftIcon={<CampaignIcon />}
    />
  );
}
