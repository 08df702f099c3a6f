/*
 * Drafts of the archive form, kept in the browser (localStorage) while people type, so a reload,
 * a crash or an expired session loses nothing. One draft per user and per archive ('new' for an
 * archive not saved yet); another user of the same browser never sees it. Removed on save and on
 * signing out. What goes in is already stripped of revealed numbers (archive-form/draft-values).
 */

const PREFIX = 'bangfu.draft.';

export interface Draft {
  /** When it was written (ISO instant). */
  savedAt: string;
  /** The archive's version the form was read at; null for a new archive. */
  version: number | null;
  values: Record<string, unknown>;
  /** Paths whose value was left out (a revealed number), never the values themselves. */
  dropped: string[];
}

export function draftKey(userId: string, archiveId: string | undefined): string {
  return `${PREFIX}${userId}.${archiveId ?? 'new'}`;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Partial<Draft>;
  return (
    typeof d.savedAt === 'string' &&
    (d.version === null || typeof d.version === 'number') &&
    !!d.values &&
    typeof d.values === 'object' &&
    Array.isArray(d.dropped)
  );
}

export function createDraftStore(storage: DraftStorage) {
  return {
    /** The draft under `key`; anything unreadable (an older shape, a hand edit) counts as none. */
    read(key: string): Draft | null {
      try {
        const raw = storage.getItem(key);
        const parsed: unknown = raw ? JSON.parse(raw) : null;
        return isDraft(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write(key: string, draft: Draft): void {
      try {
        storage.setItem(key, JSON.stringify(draft));
      } catch {
        // A full or disabled storage: the form still works, only without a draft.
      }
    },
    remove(key: string): void {
      storage.removeItem(key);
    },
    /** Every draft of one user (signing out). */
    removeAllOf(userId: string): void {
      const mine = `${PREFIX}${userId}.`;
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(mine)) keys.push(key);
      }
      keys.forEach((key) => storage.removeItem(key));
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
