import PrintIcon from '@mui/icons-material/Print';
import type { RaRecord } from 'ra-core';
import { useTranslate } from 'ra-core';
import { Button } from 'react-admin';
import { Link } from 'react-router-dom';
import { printPath } from './routes.js';

/** "打印档案表" on an archive's page: everyone who can read the archive can print it. */
export function PrintArchiveFormButton({ record }: { record: RaRecord }) {
  const translate = useTranslate();
  return (
    <Button
      component={Link}
      to={printPath.archiveForm(String(record.id))}
      label={translate('bangfu.print.archiveForm')}
    >
      <PrintIcon />
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
      label={translate('bangfu.print.contactCard')}
    >
      <PrintIcon />
    </Button>
  );
}
