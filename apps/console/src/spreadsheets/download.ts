import { CONSOLE_HEADERS } from '../data/auth-provider.js';
import { filenameOf } from './content-disposition.js';

/*
 * Files from the API's plain HTTP endpoints (templates, exports, statistics), fetched with the
 * console's session and saved under the name the server gives. Refusals come back as the
 * endpoint's JSON `{ ok: false, errors: [{ code, message }] }`, whose Chinese message is shown.
 */

export class FileRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

export function withSession(init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...CONSOLE_HEADERS },
  };
}

/** The first message of a refusal, or a plain one for the status. */
export async function refusalOf(response: Response): Promise<FileRequestError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const first = (body as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message;
  const fallback =
    response.status === 401
      ? '登录已失效，请重新登录。'
      : `服务器拒绝了请求（${response.status}）。`;
  return new FileRequestError(first ?? fallback, response.status, body);
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** GETs `path` and saves the file; answers the name it was saved under. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, withSession());
  } catch {
    throw new FileRequestError('无法连接服务器，请检查网络后重试。', 0);
  }
  if (!response.ok) throw await refusalOf(response);
  const name = filenameOf(response.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(await response.blob(), name);
  return name;
}
