import { CONSOLE_HEADERS } from '../../../data/auth-provider.js';

/*
 * 附件 travel over plain HTTP beside /graphql (apps/api/src/http/attachments.ts): the file is the
 * request body of POST /attachments?archiveId&type&name&remark, and GET /attachments/:id answers
 * it — both with the console's session, so a download is fetched here, never opened as a bare link.
 */

export interface UploadProblem {
  code: string;
  message: string;
  path?: string[];
}

export type UploadResult = { ok: true } | { ok: false; errors: UploadProblem[] };

function authorization(): Record<string, string> {
  return { ...CONSOLE_HEADERS };
}

export async function uploadAttachment(
  meta: { archiveId: string; type: string; name: string; remark: string },
  file: Blob,
): Promise<UploadResult> {
  const query = new URLSearchParams({
    archiveId: meta.archiveId,
    type: meta.type,
    name: meta.name,
  });
  if (meta.remark.trim()) query.set('remark', meta.remark.trim());
  const response = await fetch(`/attachments?${query.toString()}`, {
    method: 'POST',
    headers: { ...authorization(), 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as { errors?: UploadProblem[] } | null;
  return {
    ok: false,
    errors: body?.errors?.length
      ? body.errors
      : [{ code: String(response.status), message: `上传失败（HTTP ${response.status}）` }],
  };
}

/** The file's bytes, read with the bearer token (a proof is personal data). */
export async function fetchAttachment(url: string): Promise<Blob> {
  const response = await fetch(url, { headers: authorization() });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: UploadProblem[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  return await response.blob();
}

/** Saves a fetched file under its name, as a download link would. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Images and PDFs are shown in the page; anything else is saved. */
export function isPreviewable(contentType: string): boolean {
  return contentType.startsWith('image/') || contentType === 'application/pdf';
}
