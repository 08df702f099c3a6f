import { ARCHIVE_FIELDS } from '@bangfu/domain';
import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'ra-core';
import { client } from '../../../api.js';
import { formatInstant } from '../../../archive-form/describe.js';
import { useLanguage } from '../../../guessers/hooks.js';
import { RevealLogQuery } from '../queries.js';

/** 敏感信息查看记录: who revealed which masked number of this archive, and when (never the value). */
export function RevealLog({ archiveId }: { archiveId: string }) {
  const translate = useTranslate();
  const lang = useLanguage();
  const { data } = useQuery({
    queryKey: ['bangfu', 'archive-reveals', archiveId],
    queryFn: () => client(RevealLogQuery, { id: archiveId }),
  });
  const log = data?.archive?.revealLog ?? [];
  if (log.length === 0) return null;
  const what = (entry: (typeof log)[number]) => {
    if (!entry.field) return translate('bangfu.archive.reveal.attachment');
    const spec = ARCHIVE_FIELDS[entry.field];
    const label = lang === 'en' ? spec.labelEn : spec.label;
    return entry.memberPosition === null || entry.memberPosition === undefined
      ? label
      : `${translate('bangfu.archive.reveal.member', { n: entry.memberPosition + 1 })} ${label}`;
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="reveal-log">
      <Typography variant="subtitle2">{translate('bangfu.archive.reveal.log')}</Typography>
      {log.map((entry, i) => (
        <Typography key={i} variant="body2" color="text.secondary">
          {formatInstant(entry.at, lang)} · {entry.by.name}（{entry.by.username}） · {what(entry)}
        </Typography>
      ))}
    </Box>
  );
}
