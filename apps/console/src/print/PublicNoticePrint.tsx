import { Alert } from '@mui/material';
import { Loading } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { PaperPage } from './PaperPage.js';
import { PublicNoticeSheet } from './PublicNoticeSheet.js';
import { noticeSearch, useNoticeList } from './useNoticeList.js';

/** /print/public-notice?unionId&from&to — the notice list on A4, to post. */
export default function PublicNoticePrint() {
  const [params] = useSearchParams();
  const [unionId, from, to] = ['unionId', 'from', 'to'].map((k) => params.get(k) ?? '') as [
    string,
    string,
    string,
  ];
  const { data, error, isPending, problem } = useNoticeList(unionId, from, to);
  const back = `/public-notice?${noticeSearch(unionId, from, to, params.get('unionName') ?? '')}`;
  if (isPending && !problem) return <Loading />;
  return (
    <PaperPage title={`公示名单-${data?.unionName ?? ''}-${from}至${to}`} back={back}>
      {data ? (
        <PublicNoticeSheet list={data} />
      ) : (
        <Alert severity="error" sx={{ mx: 'auto', maxWidth: '210mm' }}>
          {problem ?? error?.message}
        </Alert>
      )}
    </PaperPage>
  );
}
