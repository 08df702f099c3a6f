import { todayIso } from '@bangfu/domain';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'ra-core';
import { useState } from 'react';
import { client } from '../../../api.js';
import { describeValue, formatInstant } from '../../../archive-form/describe.js';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import { ArchiveAsOfQuery } from '../queries.js';
import { ArchiveSectionsView } from './ArchiveSectionsView.js';
import { useActionLabel } from './action-label.js';

/** The archive as it was at the end of a chosen day (archiveAsOf), read-only. */
export function AsOfView({ archiveId }: { archiveId: string }) {
  const translate = useTranslate();
  const words = useVocabulary();
  const actionLabel = useActionLabel();
  const [day, setDay] = useState(todayIso());
  const [asked, setAsked] = useState<string | null>(null);
  const snapshot = useQuery({
    queryKey: ['bangfu', 'archive-as-of', archiveId, asked],
    queryFn: () => client(ArchiveAsOfQuery, { id: archiveId, on: asked! }),
    enabled: asked !== null,
  });
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`bangfu.archive.history.${key}`, options);
  const found = snapshot.data?.archiveAsOf;
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2">{t('asOf')}</Typography>
        <TextField
          type="date"
          size="small"
          sx={{ width: 180 }}
          label={t('asOfDate')}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: todayIso() } }}
        />
        <Button variant="outlined" size="small" disabled={!day} onClick={() => setAsked(day)}>
          {t('asOfShow')}
        </Button>
      </Stack>
      {asked && snapshot.isSuccess && !found && <Alert severity="info">{t('asOfNone')}</Alert>}
      {asked && found && (
        <Card variant="outlined" sx={{ bgcolor: 'action.hover' }} data-testid="archive-as-of">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {t('asOfTitle', {
                date: asked,
                action: actionLabel(found.action),
                at: formatInstant(found.at, words.lang),
              })}
            </Typography>
            <Typography variant="body2" gutterBottom>
              {found.number} · {describeValue('status', found.status, words)}
            </Typography>
            <ArchiveSectionsView
              values={{ ...(found.data as Record<string, unknown>), number: found.number }}
            />
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
