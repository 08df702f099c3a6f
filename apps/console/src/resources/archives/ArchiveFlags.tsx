import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'ra-core';

/*
 * The archive's derived flags as chips: what needs someone's attention (逾期, 抽查待整改, 尚无帮扶
 * 记录, 一年未更新) in warning colours, and the hint that an exit may be due.
 */

export const FLAGS = [
  { name: 'overdue', color: 'error' },
  { name: 'spotCheckFlagged', color: 'error' },
  { name: 'neverAssisted', color: 'warning' },
  { name: 'noUpdateInAYear', color: 'warning' },
  { name: 'looksReadyToExit', color: 'success' },
] as const;

export function ArchiveFlagChips({
  record,
  inline,
}: {
  record?: Record<string, unknown>;
  /** Inside a line of text (the phone list's second line): spans, not blocks. */
  inline?: boolean;
}) {
  const translate = useTranslate();
  const context = useRecordContext();
  const archive = record ?? context;
  if (!archive) return null;
  const raised = FLAGS.filter((f) => archive[f.name] === true);
  if (raised.length === 0) return null;
  return (
    <Stack
      direction="row"
      spacing={0.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', display: inline ? 'inline-flex' : undefined }}
      component={inline ? 'span' : 'div'}
    >
      {raised.map((f) => (
        <Chip
          key={f.name}
          component={inline ? 'span' : 'div'}
          size="small"
          color={f.color}
          variant="outlined"
          label={translate(`bangfu.archive.flags.${f.name}`)}
          data-flag={f.name}
        />
      ))}
    </Stack>
  );
}

/** The list column (a field component: react-admin gives it the row's record). */
export function ArchiveFlagsField(_: { label?: string; source?: string; sortable?: boolean }) {
  return <ArchiveFlagChips />;
}
