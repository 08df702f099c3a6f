import { useNotify, usePermissions } from 'ra-core';
import { useState } from 'react';
import { client } from '../api.js';
import type { Permissions } from '../data/auth-provider.js';
import { rememberRevealed } from '../data/revealed.js';
import { RevealForPaperMutation } from './queries.js';
import { revealKey, type Revealed, type RevealTarget } from './reveal.js';

/** Reveals numbers of one archive for printing; analysts may not (the API refuses them too). */
export function useReveal(archiveId: string) {
  const { permissions } = usePermissions<Permissions>();
  const notify = useNotify();
  const [revealed, setRevealed] = useState<Revealed>({});
  const [pending, setPending] = useState(false);

  async function reveal(targets: readonly RevealTarget[]) {
    setPending(true);
    try {
      const found: Record<string, string> = {};
      for (const target of targets) {
        const { result } = await client(RevealForPaperMutation, {
          archiveId,
          field: target.field,
          memberPosition: target.memberPosition ?? null,
        });
        if (result.__typename === 'ValidationError') throw new Error(result.message);
        if (result.value) found[revealKey(target)] = result.value;
        // Never to be kept in a draft of the archive form, even pasted in.
        rememberRevealed(result.value);
      }
      setRevealed(found);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPending(false);
    }
  }

  return {
    allowed: !!permissions && permissions.role !== 'ANALYST',
    revealed,
    done: Object.keys(revealed).length > 0,
    pending,
    reveal,
  };
}
