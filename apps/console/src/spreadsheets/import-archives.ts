import { FileRequestError, refusalOf, withSession } from './download.js';
import { inReadingOrder, type ImportOutcome, type SheetProblem } from './import-outcome.js';

/*
 * POST /spreadsheets/archives/import: the whole workbook is checked before anything is written.
 * Either every row went in (how many, their numbers), or nothing did and every problem is listed
 * by sheet, row and column with the API's Chinese message.
 */

export async function importArchives(file: Blob, unionId?: string): Promise<ImportOutcome> {
  const query = unionId ? `?unionId=${encodeURIComponent(unionId)}` : '';
  let response: Response;
  try {
    response = await fetch(
      `/spreadsheets/archives/import${query}`,
      withSession({
        method: 'POST',
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: file,
      }),
    );
  } catch {
    throw new FileRequestError('无法连接服务器，请检查网络后重试。', 0);
  }
  if (response.ok) return (await response.json()) as ImportOutcome;
  const refusal = await refusalOf(response);
  const errors = (refusal.body as { errors?: SheetProblem[] } | undefined)?.errors;
  // Refusals of the file as a whole (too large, not a workbook, not your union) list their reasons too.
  if (errors?.length && response.status !== 401)
    return { ok: false, errors: inReadingOrder(errors) };
  throw refusal;
}
