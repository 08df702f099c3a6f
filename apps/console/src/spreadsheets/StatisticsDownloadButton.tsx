import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useDownload } from './SpreadsheetButtons.js';

/** "导出统计表": the statistics on screen (same union, same months) as a workbook from the API. */
export function StatisticsDownloadButton({
  unionId,
  from,
  to,
}: {
  unionId: string | null;
  from: string | null;
  to: string | null;
}) {
  const translate = useTranslate();
  const { busy, download } = useDownload();
  const query = new URLSearchParams(
    Object.entries({ unionId, from, to }).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return (
    <Button
      startIcon={<DownloadIcon />}
      disabled={busy}
      onClick={() =>
        void download(
          `/spreadsheets/statistics.xlsx${query ? `?${query}` : ''}`,
          '建档立卡情况.xlsx',
        )
      }
    >
      {translate('bangfu.spreadsheets.statistics')}
    </Button>
  );
}
