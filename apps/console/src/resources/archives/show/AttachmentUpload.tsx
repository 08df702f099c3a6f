import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'ra-core';
import { useRef, useState } from 'react';
import { useDictionary, useLanguage } from '../../../guessers/hooks.js';
import { uploadAttachment, type UploadProblem } from './attachment-files.js';

/*
 * Adds a file to an archive: 附件类型 (the attachmentType dictionary), 附件名称 (the file's name
 * unless changed) and 备注, as the seed's 附件 row asks. Not a <form>: it also sits inside the
 * archive form. Refusals (type, size, format) appear beside the input they concern.
 */

export function AttachmentUpload({ archiveId }: { archiveId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const lang = useLanguage();
  const types = useDictionary('attachmentType').filter((e) => !e.retired);
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState('');
  const [name, setName] = useState('');
  const [remark, setRemark] = useState('');
  const [problems, setProblems] = useState<UploadProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const problemAt = (field: string) =>
    problems.find((p) => p.path?.[0] === field || (p as { field?: string }).field === field)
      ?.message;
  const general = problems.filter(
    (p) => !p.path?.length || !['type', 'name', 'remark'].includes(p.path[0]!),
  );

  async function upload() {
    if (!file)
      return setProblems([
        { code: 'REQUIRED', message: translate('bangfu.archive.attachments.noFile') },
      ]);
    setBusy(true);
    const result = await uploadAttachment(
      { archiveId, type, name: name.trim(), remark },
      file,
    ).finally(() => setBusy(false));
    if (!result.ok) return setProblems(result.errors);
    setProblems([]);
    setFile(null);
    setName('');
    setRemark('');
    if (fileInput.current) fileInput.current.value = '';
    notify('bangfu.archive.attachments.uploaded', { type: 'success' });
    refresh();
  }

  return (
    <Stack spacing={1} sx={{ mt: 2 }} data-testid="attachment-upload">
      <Box
        sx={{
          display: 'grid',
          gap: 1,
          gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
        }}
      >
        <TextField
          select
          label={`${translate('bangfu.archive.attachments.type')} *`}
          value={type}
          onChange={(e) => setType(e.target.value)}
          error={!!problemAt('type')}
          helperText={problemAt('type') ?? ' '}
          size="small"
        >
          {types.map((e) => (
            <MenuItem key={e.code} value={e.code}>
              {lang === 'en' ? e.labelEn : e.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={`${translate('bangfu.archive.attachments.name')} *`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={!!problemAt('name')}
          helperText={problemAt('name') ?? ' '}
          size="small"
        />
        <TextField
          label={translate('bangfu.archive.attachments.remark')}
          value={remark}
          onChange={(e) => setRemark(e.target.value)}
          error={!!problemAt('remark')}
          helperText={problemAt('remark') ?? ' '}
          size="small"
        />
      </Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button component="label" variant="outlined" size="small">
          {translate('bangfu.archive.attachments.choose')}
          <input
            ref={fileInput}
            hidden
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/webp"
            aria-label={translate('bangfu.archive.attachments.file')}
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen && !name) setName(chosen.name.replace(/\.[^.]+$/, ''));
            }}
          />
        </Button>
        <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'}>
          {file?.name ?? translate('bangfu.archive.attachments.limits')}
        </Typography>
        <Button
          variant="contained"
          size="small"
          startIcon={<UploadIcon />}
          disabled={busy}
          onClick={() => void upload()}
        >
          {translate('bangfu.archive.attachments.upload')}
        </Button>
      </Stack>
      {general.map((p) => (
        <Alert key={p.code + p.message} severity="error">
          {p.message}
        </Alert>
      ))}
    </Stack>
  );
}
