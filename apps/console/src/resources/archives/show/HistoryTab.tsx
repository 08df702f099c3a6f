import {
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslate } from 'ra-core';
import { client } from '../../../api.js';
import {
  describeValue,
  formatInstant,
  inReadingOrder,
  isBlank,
} from '../../../archive-form/describe.js';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import { ArchiveHistoryQuery } from '../queries.js';
import { useActionLabel } from './action-label.js';
import { AsOfView } from './AsOfView.js';

/*
 * 动态管理: every change of the archive, newest first — when, who, which step, and each field's
 * old → new value in words (labels of the seed form, codes as their labels, money in yuan).
 */

const PAGE = 50;

type Changes = Record<string, { from: unknown; to: unknown }>;

function ChangeList({ changes }: { changes: Changes }) {
  const words = useVocabulary();
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {Object.entries(changes)
        .sort(([a], [b]) => inReadingOrder(a, b))
        .map(([key, { from, to }]) => (
          <li key={key} data-change={key}>
            <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
              {words.changeLabel(key)}：
            </Typography>
            <Typography variant="body2" component="span">
              {isBlank(from)
                ? describeValue(key, to, words)
                : `${describeValue(key, from, words)} → ${describeValue(key, to, words)}`}
            </Typography>
          </li>
        ))}
    </Box>
  );
}

export function HistoryTab({ archiveId }: { archiveId: string }) {
  const translate = useTranslate();
  const words = useVocabulary();
  const actionLabel = useActionLabel();
  const history = useInfiniteQuery({
    queryKey: ['bangfu', 'archive-history', archiveId],
    queryFn: ({ pageParam }) =>
      client(ArchiveHistoryQuery, { id: archiveId, first: PAGE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => {
      const entries = last.archive?.history ?? [];
      return entries.length === PAGE ? entries[entries.length - 1]!.id : undefined;
    },
  });
  const entries = history.data?.pages.flatMap((p) => p.archive?.history ?? []) ?? [];
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`bangfu.archive.history.${key}`, options);
  return (
    <Box>
      <AsOfView archiveId={archiveId} />
      {entries.length === 0 && !history.isPending ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('bangfu.archive.show.tabs.history')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 170 }}>{t('at')}</TableCell>
              <TableCell sx={{ width: 140 }}>{t('by')}</TableCell>
              <TableCell sx={{ width: 140 }}>{t('action')}</TableCell>
              <TableCell>{t('changes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <TableRow
                key={entry.id}
                data-history-action={entry.action}
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell>{formatInstant(entry.at, words.lang)}</TableCell>
                <TableCell>
                  {entry.by ? `${entry.by.name}（${entry.by.username}）` : words.empty}
                </TableCell>
                <TableCell>{actionLabel(entry.action)}</TableCell>
                <TableCell>
                  {entry.changes ? <ChangeList changes={entry.changes as Changes} /> : words.empty}
                  {entry.reason && (
                    <Typography variant="body2" color="text.secondary">
                      {t('reason', { reason: entry.reason })}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {history.hasNextPage && (
        <Button onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {t('more')}
        </Button>
      )}
    </Box>
  );
}
