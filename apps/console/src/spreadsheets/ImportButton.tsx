import UploadFileIcon from '@mui/icons-material/UploadFile';
import { usePermissions, useTranslate } from 'ra-core';
import { Suspense, lazy, useState } from 'react';
import { can } from '../access.js';
import type { Permissions } from '../data/auth-provider.js';
import { useResourceModel } from '../guessers/hooks.js';
import { SpreadsheetButton } from './SpreadsheetButton.js';

// The dialog (union picker, problem table) loads on the first press, not with the list.
const ImportDialog = lazy(() => import('./ImportDialog.js'));

/** "导入" above the archive list, for those who may create archives; see ImportDialog. */
export function ImportButton() {
  const translate = useTranslate();
  const resource = useResourceModel();
  const { permissions } = usePermissions<Permissions>();
  const [open, setOpen] = useState(false);
  const [pressed, setPressed] = useState(false);
  if (!can(permissions, 'create', resource.name)) return null;
  return (
    <>
      <SpreadsheetButton
        label={translate('bangfu.spreadsheets.import')}
        icon={<UploadFileIcon />}
        onClick={() => {
          setPressed(true);
          setOpen(true);
        }}
      />
      {pressed && (
        <Suspense fallback={null}>
          <ImportDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
