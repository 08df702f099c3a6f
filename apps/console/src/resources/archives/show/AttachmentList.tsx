import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'ra-core';
import { useEffect, useState } from 'react';
import type { BangfuDataProvider } from '../../../data/data-provider.js';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import { fetchAttachment, isPreviewable, saveBlob } from './attachment-files.js';

/** One attachment as the archive lists it. */
export interface AttachmentRow {
  id: string;
  type: string;
  name: string;
  remark: string | null;
  contentType: string;
  size: number;
  createdAt: string;
  url: string;
}

interface Preview {
  name: string;
  contentType: string;
  href: string;
}

/** 附件 of an archive: type, name, remark; preview (images, PDF) or download, with the token. */
export function AttachmentList({
  attachments,
  canRemove,
}: {
  attachments: readonly AttachmentRow[];
  canRemove: boolean;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<BangfuDataProvider>();
  const refresh = useRefresh();
  const words = useVocabulary();
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview.href)), [preview]);

  async function open(file: AttachmentRow) {
    try {
      const blob = await fetchAttachment(file.url);
      if (isPreviewable(file.contentType)) {
        setPreview({
          name: file.name,
          contentType: file.contentType,
          href: URL.createObjectURL(blob),
        });
      } else saveBlob(blob, file.name);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  async function download(file: AttachmentRow) {
    try {
      saveBlob(await fetchAttachment(file.url), file.name);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  async function remove(file: AttachmentRow) {
    if (!window.confirm(translate('bangfu.archive.attachments.removeConfirm'))) return;
    try {
      await dataProvider.removeAttachment({ id: file.id });
    } catch (error) {
      return notify((error as Error).message, { type: 'error' });
    }
    notify('bangfu.archive.attachments.removed', { type: 'success' });
    refresh();
  }

  if (attachments.length === 0) {
    return (
      <Typography color="text.secondary">
        {translate('bangfu.archive.attachments.empty')}
      </Typography>
    );
  }
  return (
    <>
      <Table size="small" aria-label={translate('bangfu.archive.show.tabs.attachments')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('bangfu.archive.attachments.type')}</TableCell>
            <TableCell>{translate('bangfu.archive.attachments.name')}</TableCell>
            <TableCell>{translate('bangfu.archive.attachments.remark')}</TableCell>
            <TableCell align="right">{translate('bangfu.archive.attachments.file')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {attachments.map((file) => (
            <TableRow key={file.id} data-attachment={file.name}>
              <TableCell>{words.dictionaryLabel('attachmentType', file.type)}</TableCell>
              <TableCell>{file.name}</TableCell>
              <TableCell>{file.remark}</TableCell>
              <TableCell align="right">
                {translate('bangfu.archive.attachments.size', {
                  size: Math.max(1, Math.round(file.size / 1024)),
                })}
              </TableCell>
              <TableCell align="right">
                <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                  {isPreviewable(file.contentType) && (
                    <Button size="small" onClick={() => void open(file)}>
                      {translate('bangfu.archive.attachments.preview')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => void download(file)}>
                    {translate('bangfu.archive.attachments.download')}
                  </Button>
                  {canRemove && (
                    <Button size="small" color="error" onClick={() => void remove(file)}>
                      {translate('bangfu.archive.attachments.remove')}
                    </Button>
                  )}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Dialog open={!!preview} onClose={() => setPreview(null)} maxWidth="lg" fullWidth>
        <DialogTitle>{preview?.name}</DialogTitle>
        <DialogContent>
          {preview?.contentType.startsWith('image/') ? (
            <img src={preview.href} alt={preview.name} style={{ maxWidth: '100%' }} />
          ) : (
            preview && (
              <iframe
                title={preview.name}
                src={preview.href}
                style={{ width: '100%', height: '75vh', border: 0 }}
              />
            )
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPreview(null)}>
            {translate('bangfu.archive.attachments.close')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
