import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { SheetProblem } from './import-outcome.js';

/** Every problem of an import, one row each: where it is in the workbook and what to fix. */
export function ImportProblems({
  problems,
  label,
}: {
  problems: readonly SheetProblem[];
  label: string;
}) {
  const translate = useTranslate();
  const t = (key: string) => translate(`bangfu.spreadsheets.${key}`);
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('sheet')}</TableCell>
          <TableCell>{t('row')}</TableCell>
          <TableCell>{t('column')}</TableCell>
          <TableCell>{t('field')}</TableCell>
          <TableCell>{t('problem')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {problems.map((p, i) => (
          <TableRow key={i} data-code={p.code}>
            <TableCell>{p.sheet ?? ''}</TableCell>
            <TableCell>{p.row ?? ''}</TableCell>
            <TableCell>{p.column ?? ''}</TableCell>
            <TableCell>{p.columnLabel ?? p.field ?? ''}</TableCell>
            <TableCell>{p.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
