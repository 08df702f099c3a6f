import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import type { RaRecord } from 'ra-core';
import { useTranslate } from 'ra-core';
import { Link } from 'react-router-dom';
import { printPath } from './routes.js';

/*
 * MUI's button, not react-admin's: react-admin's drops the label on a phone, and an icon alone
 * cannot tell 打印档案表 from 打印联系卡.
 */

/** "打印档案表" on an archive's page: everyone who can read the archive can print it. */
export function PrintArchiveFormButton({ record }: { record: RaRecord }) {
  const translate = useTranslate();
  return (
    <Button
      component={Link}
      to={printPath.archiveForm(String(record.id))}
      size="small"
      startIcon={<PrintIcon />}
    >
      {translate('bangfu.print.archiveForm')}
    </Button>
  );
}

/** "打印联系卡": only once the current cycle has a plan (the card is filled in from it). */
export function PrintContactCardButton({ record }: { record: RaRecord }) {
  const translate = useTranslate();
  // The show page may not have read `plan`; then an approved archive is offered the button and
  // the print view says so if the plan is still missing.
  const hasPlan =
    'plan' in record ? !!record.plan : ['ESTABLISHED', 'EXITED'].includes(record.status);
  if (!hasPlan) return null;
  return (
    <Button
      component={Link}
      to={printPath.contactCard(String(record.id))}
      size="small"
      startIcon={<PrintIcon />}
    >
      {translate('bangfu.print.contactCard')}
    </Button>
  );
}
