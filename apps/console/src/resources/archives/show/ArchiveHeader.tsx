import { Alert, AlertTitle, Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useLocation } from 'react-router-dom';
import { describeValue } from '../../../archive-form/describe.js';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import { ArchiveFlagChips } from '../ArchiveFlags.js';
import type { ArchiveDetail } from '../queries.js';

/*
 * The top of an archive's page: who and which archive, its state and flags, its union and cycle,
 * the notice period, the last rejection or the exit; what the API warned about on saving; the
 * objections lodged during public notice.
 */

export function ArchiveHeader({ archive }: { archive: ArchiveDetail }) {
  const translate = useTranslate();
  const words = useVocabulary();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`bangfu.archive.show.${key}`, options);
  return (
    <Stack spacing={0.5} sx={{ mb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="h5" component="h1">
          {archive.name}
        </Typography>
        <Typography variant="h6" color="text.secondary">
          {archive.number}
        </Typography>
        <Chip
          label={describeValue('status', archive.status, words)}
          color="primary"
          size="small"
          data-testid="archive-status"
        />
        <TargetChip archive={archive} />
        <ArchiveFlagChips record={archive} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('union', { name: archive.union.name })} · {t('cycle', { cycle: archive.cycle })}
        {archive.applicationOn &&
          ` · ${t('application', {
            on: archive.applicationOn,
            channel: words.dictionaryLabel('applicationChannel', archive.applicationChannel ?? ''),
          })}`}
        {archive.noticeStartsOn &&
          ` · ${t('notice', { from: archive.noticeStartsOn, to: archive.noticeEndsOn })}`}
      </Typography>
      {archive.rejectionReason && archive.status === 'DRAFT' && (
        <Alert severity="warning">{t('rejected', { reason: archive.rejectionReason })}</Alert>
      )}
      {archive.exitedOn && (
        <Alert severity="info">
          {t('exited', {
            on: archive.exitedOn,
            reason: [
              words.dictionaryLabel('exitReason', archive.exitReason ?? ''),
              archive.exitNote,
            ]
              .filter(Boolean)
              .join('：'),
          })}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * Once approved, whether the county determined the worker a 解困脱困对象 or archived them without
 * (否): both are 已建档 and helped, only targets are counted as such.
 */
function TargetChip({ archive }: { archive: ArchiveDetail }) {
  const translate = useTranslate();
  const isTarget = archive.determination?.isTarget;
  const approved = archive.status === 'ESTABLISHED' || archive.status === 'EXITED';
  if (!approved || typeof isTarget !== 'boolean') return null;
  return (
    <Chip
      label={translate(`bangfu.archive.show.${isTarget ? 'target' : 'notTarget'}`)}
      color={isTarget ? 'success' : 'default'}
      variant="outlined"
      size="small"
      data-testid="archive-target"
    />
  );
}

/** What the API warned about when this archive was just saved (router state from the form). */
export function SavedWarnings() {
  const translate = useTranslate();
  const { state } = useLocation() as {
    state?: { warnings?: { path: string[]; message: string }[] };
  };
  const warnings = state?.warnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="archive-warnings">
      <AlertTitle>{translate('bangfu.archive.form.warnings')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {warnings.map((w) => (
          <li key={`${w.path.join('.')}:${w.message}`}>{w.message}</li>
        ))}
      </Box>
    </Alert>
  );
}

export function Objections({ archive }: { archive: ArchiveDetail }) {
  const translate = useTranslate();
  if (archive.objections.length === 0) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      <AlertTitle>{translate('bangfu.archive.show.objections')}</AlertTitle>
      {archive.objections.map((o) => (
        <div key={o.id}>
          {o.recordedAt.slice(0, 10)}：{o.note}
        </div>
      ))}
    </Alert>
  );
}
