import PrintIcon from '@mui/icons-material/Print';
import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useAuthenticated, usePermissions, useTranslate } from 'ra-core';
import { Loading, Title } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import type { Permissions } from '../data/auth-provider.js';
import { periodProblem, thisMonth } from './notice-list.js';
import { PublicNoticeSheet } from './PublicNoticeSheet.js';
import { UnionPicker } from './UnionPicker.js';
import { noticeSearch, useNoticeList } from './useNoticeList.js';
import './paper.css';

/** 公示名单 in the menu: pick the union and period, see the list as it will print, print it. */
export default function PublicNoticeScreen() {
  useAuthenticated();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const [params, setParams] = useSearchParams();
  const month = thisMonth();
  const unionId = params.get('unionId') || permissions?.unionId || '';
  const unionName =
    params.get('unionName') || (unionId === permissions?.unionId ? permissions.unionName : '');
  const from = params.get('from') ?? month.from;
  const to = params.get('to') ?? month.to;
  const set = (changes: Record<string, string>) =>
    setParams({ unionId, unionName, from, to, ...changes }, { replace: true });
  const typedProblem = periodProblem({ from, to });
  const { data, error, isPending } = useNoticeList(unionId, from, to);

  return (
    <Card sx={{ mt: 1 }}>
      <Title title={translate('bangfu.print.notice.title')} />
      <CardContent>
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}
        >
          <UnionPicker
            label={translate('bangfu.print.notice.union')}
            value={unionId ? { id: unionId, name: unionName || unionId } : null}
            disabled={permissions?.role === 'GRASSROOTS_ADMIN'}
            onChange={(u) => set({ unionId: u?.id ?? '', unionName: u?.name ?? '' })}
          />
          <TextField
            type="date"
            label={translate('bangfu.print.notice.from')}
            value={from}
            onChange={(e) => set({ from: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 180 }}
          />
          <TextField
            type="date"
            label={translate('bangfu.print.notice.to')}
            value={to}
            onChange={(e) => set({ to: e.target.value })}
            error={!!typedProblem}
            helperText={typedProblem ?? ' '}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 180 }}
          />
          <Button
            component={Link}
            to={`/print/public-notice?${noticeSearch(unionId, from, to, unionName)}`}
            variant="contained"
            startIcon={<PrintIcon />}
            disabled={!data}
            sx={{ mt: 1 }}
          >
            {translate('bangfu.print.notice.print')}
          </Button>
        </Stack>
        {error && <Alert severity="error">{error.message}</Alert>}
        {!unionId && <Alert severity="info">{translate('bangfu.print.notice.pick')}</Alert>}
        {unionId && !typedProblem && isPending && <Loading />}
        {data && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('bangfu.print.notice.count', { smart_count: data.entries.length })}
            </Typography>
            <div className="paper-desk paper-preview">
              <PublicNoticeSheet list={data} />
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
