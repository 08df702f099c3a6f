import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachmentEndpoint } from './attachments.js';
import type { EndpointDeps } from './io.js';
import { spreadsheetEndpoint } from './spreadsheets.js';
import { statisticsSpreadsheetEndpoint } from './statistics-spreadsheet.js';

/** The plain HTTP endpoints for files (attachments, spreadsheets); false when the path is not one. */
export async function fileEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: EndpointDeps,
): Promise<boolean> {
  return (
    (await attachmentEndpoint(req, res, url, deps)) ||
    (await spreadsheetEndpoint(req, res, url, deps)) ||
    (await statisticsSpreadsheetEndpoint(req, res, url, deps))
  );
}
