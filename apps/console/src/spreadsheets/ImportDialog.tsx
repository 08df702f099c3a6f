import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useNotify, usePermissions, useRefresh, useTranslate } from 'ra-core';
import { useState } from 'react';
import type { Permissions } from '../data/auth-provider.js';
import { UnionPicker, type UnionChoice } from '../print/UnionPicker.js';
import { importArchives } from './import-archives.js';
import type { ImportOutcome } from './import-outcome.js';
import { ImportProblems } from './ImportProblems.js';

/**
 * "导入": pick a filled-in template and send it. A refused file lists every bad cell and nothing
 * is written; a good one says how many archives were created, with their numbers, and the list
 * is read again. A grassroots admin imports into their own union; the province picks one.
 * Loaded when ImportButton is first pressed; stays mounted (and keeps what was chosen) after.
 */
export default function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bangfu.spreadsheets.${key}`, args);
  const { permissions } = usePermissions<Permissions>();
  const refresh = useRefresh();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [union, setUnion] = useState<UnionChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const picksUnion = permissions?.role !== 'GRASSROOTS_ADMIN';

  async function start() {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await importArchives(file, picksUnion ? union?.id : undefined);
      setOutcome(result);
      if (result.ok) {
        setFile(null);
        refresh();
      }
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{t('importTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">{t('importHelp')}</Typography>
          {picksUnion && (
            <UnionPicker label={t('union')} level="GRASSROOTS" value={union} onChange={setUnion} />
          )}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <MuiButton variant="outlined" component="label">
              {t('chooseFile')}
              <input
                hidden
                type="file"
                name="workbook"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setOutcome(null);
                  e.target.value = '';
                }}
              />
            </MuiButton>
            {file && <Typography variant="body2">{t('chosen', { name: file.name })}</Typography>}
          </Stack>
          {busy && (
            <>
              <Typography variant="body2">{t('importing')}</Typography>
              <LinearProgress />
            </>
          )}
          {outcome && !outcome.ok && (
            <>
              <Alert severity="error">{t('refused', { smart_count: outcome.errors.length })}</Alert>
              <ImportProblems problems={outcome.errors} label={t('problem')} />
            </>
          )}
          {outcome?.ok && (
            <>
              <Alert severity="success">
                {t('created', { smart_count: outcome.created })}
                <Box component="ul" aria-label={t('numbers')} sx={{ m: 0, pl: 2.5 }}>
                  {outcome.numbers.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </Box>
              </Alert>
              {outcome.warnings.length > 0 && (
                <>
                  <Typography variant="body2">{t('warnings')}</Typography>
                  <ImportProblems problems={outcome.warnings} label={t('warnings')} />
                </>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{t('close')}</MuiButton>
        <MuiButton
          variant="contained"
          disabled={!file || busy || (picksUnion && !union)}
          onClick={() => void start()}
        >
          {t('start')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
