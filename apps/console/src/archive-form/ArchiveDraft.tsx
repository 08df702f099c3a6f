import { Alert, Button, Stack } from '@mui/material';
import { useGetIdentity, useNotify, useTranslate } from 'ra-core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { useLanguage } from '../guessers/hooks.js';
import { createDraftStore, draftKey, type Draft } from '../data/drafts.js';
import { wasRevealed } from '../data/revealed.js';
import { domainSpec } from './vocabulary.js';
import { formatInstant } from './describe.js';
import { stripRevealed, valuesFromDraft } from './draft-values.js';
import type { FormValues } from './form-values.js';

/*
 * The archive form's draft in this browser: written a moment after each change (only once the
 * form differs from what was read), offered back when the form opens again (恢复草稿 /
 * 丢弃草稿), removed when the archive is saved. See data/drafts.ts for where it lives.
 */

const WRITE_AFTER_MS = 600;
const store = createDraftStore(localStorage);

/** Where this form's draft goes: one per signed-in user and archive. */
export interface DraftSlot {
  key: string;
  /** The version the form was read at (editing), null for a new archive. */
  version: number | null;
  /** The archive as read: its clear numbers are the API's, never kept. */
  original?: FormValues;
  /** Saved: nothing more is written for this form. */
  settled: boolean;
}

export function useDraftSlot(
  archiveId: string | undefined,
  base?: FormValues & { version: number },
): { slot: DraftSlot | null; isPending: boolean } {
  const { identity, isPending } = useGetIdentity();
  const userId = identity?.id === undefined ? null : String(identity.id);
  const slot = useMemo(
    () =>
      userId === null || (archiveId && !base)
        ? null
        : {
            key: draftKey(userId, archiveId),
            version: base?.version ?? null,
            original: base,
            settled: false,
          },
    [userId, archiveId, base],
  );
  return { slot, isPending };
}

/** After a save: the draft is gone and nothing typed later on this page brings it back. */
export function forgetDraft(slot: DraftSlot | null) {
  if (!slot) return;
  slot.settled = true;
  store.remove(slot.key);
}

/** Writes the draft as people type; inside the form. */
export function DraftKeeper({ slot }: { slot: DraftSlot }) {
  const { watch, getValues, control } = useFormContext();
  const { isDirty } = useFormState({ control });
  const current = useRef({ slot, isDirty });
  useEffect(() => {
    current.current = { slot, isDirty };
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      const { slot, isDirty } = current.current;
      if (slot.settled || !isDirty) return;
      const { values, dropped } = stripRevealed(getValues(), slot.original, wasRevealed);
      store.write(slot.key, {
        savedAt: new Date().toISOString(),
        version: slot.version,
        values,
        dropped,
      });
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    };
    const subscription = watch((_values, { type }) => {
      // Only what a person changes: opening, restoring and inputs registering their defaults
      // change values too, and must not leave a draft of an untouched form.
      if (type !== 'change') return;
      clearTimeout(timer);
      timer = setTimeout(write, WRITE_AFTER_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [watch, getValues]);
  return null;
}

function droppedLabel(path: string, translate: ReturnType<typeof useTranslate>, lang: string) {
  const [head, index, field] = path.split('.');
  const name = field ?? head!;
  const spec = domainSpec(name);
  const label = spec ? (lang === 'en' ? spec.labelEn : spec.label) : name;
  return field
    ? `${translate('bangfu.archive.reveal.member', { n: Number(index) + 1 })} ${label}`
    : label;
}

/**
 * 恢复草稿 / 丢弃草稿, when a draft of this form was left in this browser. `onRestored` hears of
 * a restored draft (editing: its version may be older than the archive's now).
 */
export function DraftOffer({
  slot,
  record,
  onRestored,
}: {
  slot: DraftSlot;
  record: FormValues;
  onRestored?(draft: Draft): void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const lang = useLanguage();
  const { reset } = useFormContext();
  const [draft, setDraft] = useState(() => store.read(slot.key));
  if (!draft) return null;

  function restore(found: Draft) {
    reset(valuesFromDraft(record, found.values), { keepDefaultValues: true });
    setDraft(null);
    const fields = found.dropped
      .map((p) => droppedLabel(p, translate, lang))
      .join(lang === 'en' ? ', ' : '、');
    notify(fields ? 'bangfu.draft.restoredWithout' : 'bangfu.draft.restored', {
      type: fields ? 'warning' : 'info',
      messageArgs: { fields },
    });
    onRestored?.(found);
  }

  return (
    <Alert
      severity="info"
      role="status"
      data-testid="draft-offer"
      sx={{ mb: 2 }}
      action={
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button variant="contained" size="small" onClick={() => restore(draft)}>
            {translate('bangfu.draft.restore')}
          </Button>
          <Button
            size="small"
            color="inherit"
            onClick={() => {
              store.remove(slot.key);
              setDraft(null);
            }}
          >
            {translate('bangfu.draft.discard')}
          </Button>
        </Stack>
      }
    >
      {translate('bangfu.draft.found', { time: formatInstant(draft.savedAt, lang) })}
    </Alert>
  );
}
