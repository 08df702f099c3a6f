import { maskBankCard, maskIdNumber, maskMobile } from '@bangfu/domain';
import { HIDDEN_TEXT } from '../schema/analyst-view.js';
import type { Viewer } from '../auth/sessions.js';
import type { Sealer } from '../crypto/data-key.js';
import {
  ANALYST_HIDDEN_ARCHIVE_FIELDS,
  ANALYST_HIDDEN_MEMBER_FIELDS,
  isAnalyst,
} from './access.js';

type Plain = Record<string, unknown>;

function opened(sealer: Sealer, sealed: unknown): string | null {
  if (typeof sealed !== 'string' || !sealed) return null;
  try {
    return sealer.open(Buffer.from(sealed, 'base64'));
  } catch {
    // A snapshot sealed under another key (e.g. demo data moved between machines) reads as empty.
    return null;
  }
}

const masked = (value: string | null, mask: (v: string) => string) => (value ? mask(value) : null);

// Past versions reveal no more than the live archive: the same fields are hidden (access.ts).
function deidentified(record: Plain, hidden: readonly string[]): Plain {
  const out: Plain = {
    ...record,
  };
  for (const field of hidden) if (field in out) out[field] = null;
  if (typeof record.name === 'string') out.name = HIDDEN_TEXT;
  return out;
}

/**
 * A history snapshot as the viewer may see it: sealed numbers opened only to be masked (masked for
 * everyone, as on the live archive); for analysts the de-identified view.
 */
export function snapshotView(snapshot: Plain, viewer: Viewer, sealer: Sealer): Plain {
  const members = Array.isArray(snapshot.members) ? (snapshot.members as Plain[]) : [];
  const view: Plain = {
    ...snapshot,
    idNumber: masked(opened(sealer, snapshot.idNumber), maskIdNumber),
    bankCardNumber: masked(opened(sealer, snapshot.bankCardNumber), maskBankCard),
    mobile: typeof snapshot.mobile === 'string' ? maskMobile(snapshot.mobile) : null,
    members: members.map((m) => ({
      ...m,
      idNumber: masked(opened(sealer, m.idNumber), maskIdNumber),
    })),
  };
  if (!isAnalyst(viewer)) return view;
  return {
    ...deidentified(view, ANALYST_HIDDEN_ARCHIVE_FIELDS),
    members: (view.members as Plain[]).map((m) => deidentified(m, ANALYST_HIDDEN_MEMBER_FIELDS)),
  };
}
