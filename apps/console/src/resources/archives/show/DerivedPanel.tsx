import { formatFen } from '@bangfu/domain';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import { FLAGS } from '../ArchiveFlags.js';

/*
 * 测算与提示 at the top of the archive page: the household's income per member beside the local
 * minimum-living line (低保标准) and their ratio, the category the income suggests, and every
 * raised flag spelled out.
 */

export interface Derived {
  monthlyIncomePerMemberFen: number | null;
  minimumLivingLineFen: number | null;
  incomeToLineRatio: number | null;
  suggestedHardshipCategory: string | null;
  overdue: boolean;
  spotCheckFlagged: boolean;
  neverAssisted: boolean;
  noUpdateInAYear: boolean;
  looksReadyToExit: boolean;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6">{value}</Typography>
    </Box>
  );
}

export function DerivedPanel({ archive }: { archive: Derived }) {
  const translate = useTranslate();
  const words = useVocabulary();
  const money = (fen: number | null) => (fen === null ? words.empty : formatFen(fen));
  const raised = FLAGS.filter((f) => archive[f.name]);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} aria-label={translate('bangfu.archive.show.derived')}>
      <CardContent>
        <Stack
          direction="row"
          spacing={4}
          useFlexGap
          sx={{ flexWrap: 'wrap', mb: raised.length ? 1 : 0 }}
        >
          <Figure
            label={translate('bangfu.archive.form.perMember')}
            value={money(archive.monthlyIncomePerMemberFen)}
          />
          <Figure
            label={translate('bangfu.archive.show.line')}
            value={
              archive.minimumLivingLineFen === null
                ? translate('bangfu.archive.show.noLine')
                : money(archive.minimumLivingLineFen)
            }
          />
          {archive.incomeToLineRatio !== null && (
            <Figure
              label=" "
              value={translate('bangfu.archive.show.ratio', {
                ratio: archive.incomeToLineRatio.toFixed(2),
              })}
            />
          )}
          {archive.suggestedHardshipCategory && (
            <Figure
              label=" "
              value={translate('bangfu.archive.show.suggested', {
                category: words.dictionaryLabel(
                  'hardshipCategory',
                  archive.suggestedHardshipCategory,
                ),
              })}
            />
          )}
        </Stack>
        <Stack spacing={1}>
          {raised.map((f) => (
            <Alert key={f.name} severity={f.color} data-flag={f.name}>
              {translate(`bangfu.archive.show.${f.name}`)}
            </Alert>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
