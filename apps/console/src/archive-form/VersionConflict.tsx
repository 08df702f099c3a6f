import {
  Alert,
  AlertTitle,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'ra-core';
import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { model } from '../model.js';
import { describeValue, formatInstant } from './describe.js';
import { archiveDifferences } from './differences.js';
import type { FormValues } from './form-values.js';
import { useVocabulary } from './vocabulary.js';

/*
 * VERSION_CONFLICT: someone saved the archive after this form was opened, and nothing was
 * written. What was typed stays in the inputs; the person compares it with the latest version
 * side by side, then either saves theirs over it (with the latest version number) or loads the
 * latest version instead. Nothing is lost silently either way.
 */

/** Who saved the latest version: its newest history entry (read with it). */
function latestAuthor(latest: FormValues): string | undefined {
  const [last] = (latest.history as { by?: { name: string } | null }[] | undefined) ?? [];
  return last?.by?.name;
}

export interface Conflict {
  /** The latest saved version, once read. */
  latest: (FormValues & { version: number }) | null;
}

export function VersionConflict({
  conflict,
  onOverwrite,
  onReload,
}: {
  conflict: Conflict;
  onOverwrite(values: FormValues): Promise<void>;
  onReload(): void;
}) {
  const translate = useTranslate();
  const words = useVocabulary();
  const { getValues } = useFormContext();
  const [comparing, setComparing] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  // Saving is done from the bottom of a long form: bring the explanation into view.
  useEffect(() => {
    // A block, not an expression: Chromium's scrollIntoView now answers a promise.
    void notice.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, []);
  const [busy, setBusy] = useState(false);
  const { latest } = conflict;
  const differences = comparing && latest ? archiveDifferences(model, getValues(), latest) : [];

  async function overwrite() {
    setBusy(true);
    try {
      await onOverwrite(getValues());
      setComparing(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Alert
        ref={notice}
        severity="warning"
        sx={{ mb: 2, scrollMarginTop: 64 }}
        role="alert"
        data-testid="version-conflict"
      >
        <AlertTitle>{translate('bangfu.archive.conflict.title')}</AlertTitle>
        {translate('bangfu.archive.conflict.body')}
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            variant="contained"
            size="small"
            disabled={!latest}
            onClick={() => setComparing(true)}
          >
            {latest
              ? translate('bangfu.archive.conflict.compare')
              : translate('bangfu.archive.conflict.loading')}
          </Button>
        </Stack>
      </Alert>
      <Dialog open={comparing} onClose={() => setComparing(false)} maxWidth="lg" fullWidth>
        <DialogTitle>{translate('bangfu.archive.conflict.compare')}</DialogTitle>
        <DialogContent>
          {latest && (
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {translate('bangfu.archive.conflict.version', {
                version: latest.version,
                at: formatInstant(String(latest.updatedAt ?? ''), words.lang),
                by: latestAuthor(latest) ?? words.empty,
              })}
            </Typography>
          )}
          {differences.length === 0 ? (
            <Typography>{translate('bangfu.archive.conflict.same')}</Typography>
          ) : (
            <Table size="small" aria-label={translate('bangfu.archive.conflict.compare')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('bangfu.archive.conflict.field')}</TableCell>
                  <TableCell>{translate('bangfu.archive.conflict.mine')}</TableCell>
                  <TableCell>{translate('bangfu.archive.conflict.latest')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {differences.map((d) => (
                  <TableRow key={d.field} data-field={d.field}>
                    <TableCell>{words.changeLabel(d.field)}</TableCell>
                    <TableCell>{describeValue(d.field, d.mine, words)}</TableCell>
                    <TableCell>{describeValue(d.field, d.latest, words)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setComparing(false)}>
            {translate('bangfu.archive.conflict.keepEditing')}
          </Button>
          <Button color="warning" onClick={onReload}>
            {translate('bangfu.archive.conflict.reload')}
          </Button>
          <Button variant="contained" disabled={busy} onClick={() => void overwrite()}>
            {translate('bangfu.archive.conflict.overwrite')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
