import DownloadIcon from '@mui/icons-material/Download';
import TableViewIcon from '@mui/icons-material/TableView';
import { useListContext, useNotify, usePermissions, useTranslate } from 'ra-core';
import { useState } from 'react';
import { can } from '../access.js';
import type { Permissions } from '../data/auth-provider.js';
import { useResourceModel } from '../guessers/hooks.js';
import { downloadFile } from './download.js';
import { connectionFilterOf } from './list-filter.js';
import { SpreadsheetButton } from './SpreadsheetButton.js';

/** Runs a download, with the button disabled meanwhile and the outcome in a notification. */
export function useDownload() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  async function download(path: string, fallbackName: string) {
    setBusy(true);
    try {
      const name = await downloadFile(path, fallbackName);
      notify('bangfu.spreadsheets.saved', { type: 'info', messageArgs: { name } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }
  return { busy, download };
}

/** "下载导入模板", for those who may create archives. */
export function TemplateButton() {
  const translate = useTranslate();
  const resource = useResourceModel();
  const { permissions } = usePermissions<Permissions>();
  const { busy, download } = useDownload();
  if (!can(permissions, 'create', resource.name)) return null;
  return (
    <SpreadsheetButton
      label={translate('bangfu.spreadsheets.template')}
      short={translate('bangfu.spreadsheets.templateShort')}
      icon={<TableViewIcon />}
      disabled={busy}
      onClick={() =>
        void download('/spreadsheets/archive-template.xlsx', '困难职工档案表-导入模板.xlsx')
      }
    />
  );
}

/** "导出": the list's rows, with its current filter, as a workbook. */
export function ExportButton() {
  const translate = useTranslate();
  const resource = useResourceModel();
  const { filterValues } = useListContext();
  const { busy, download } = useDownload();
  const filter = connectionFilterOf(resource, filterValues ?? {});
  const query = Object.keys(filter).length
    ? `?filter=${encodeURIComponent(JSON.stringify(filter))}`
    : '';
  return (
    <SpreadsheetButton
      label={translate('bangfu.spreadsheets.export')}
      icon={<DownloadIcon />}
      disabled={busy}
      onClick={() =>
        void download(`/spreadsheets/archives/export.xlsx${query}`, '困难职工档案.xlsx')
      }
    />
  );
}
