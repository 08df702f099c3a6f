import type { RaRecord } from 'ra-core';
import type { ComponentType } from 'react';
import { PrintArchiveFormButton, PrintContactCardButton } from '../../print/PrintButtons.js';
import { ImportButton } from '../../spreadsheets/ImportButton.js';
import { ExportButton, TemplateButton } from '../../spreadsheets/SpreadsheetButtons.js';

/*
 * Extension points of the archive pages for features kept in other folders (print views,
 * spreadsheets): a component listed here is rendered in the page's toolbar, with no edit of the
 * archive pages themselves.
 *
 * - `archiveShowActions`: buttons on an archive's page (打印档案表, 打印联系卡). Each gets the
 *   archive as the page read it (`record`, the ArchiveDetail of ./queries.ts: id, number, status,
 *   plan, contactCard…), and renders inside its RecordContext too.
 * - `archiveListActions`: buttons above the archive list (导入模板, 导出, 导入). They render inside
 *   react-admin's ListContext (filterValues) and the `archives` ResourceContext.
 *
 * These are part of the archive pages' lazy chunks: keep them light, load heavy parts on demand.
 */

export const archiveShowActions: readonly ComponentType<{ record: RaRecord }>[] = [
  PrintArchiveFormButton,
  PrintContactCardButton,
];

export const archiveListActions: readonly ComponentType[] = [
  TemplateButton,
  ExportButton,
  ImportButton,
];
