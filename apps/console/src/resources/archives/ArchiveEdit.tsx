import { Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { setSubmissionErrors, useNotify, useTranslate, type HttpError } from 'ra-core';
import { useState } from 'react';
import { Loading, Title } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router-dom';
import { client } from '../../api.js';
import { forgetDraft, useDraftSlot } from '../../archive-form/ArchiveDraft.js';
import { ArchiveForm } from '../../archive-form/ArchiveForm.js';
import type { FormValues } from '../../archive-form/form-values.js';
import { saveArchive, type SaveOutcome } from '../../archive-form/save.js';
import { VersionConflict, type Conflict } from '../../archive-form/VersionConflict.js';
import type { Draft } from '../../data/drafts.js';
import { ArchiveForEditQuery } from './queries.js';

/*
 * 修改档案. The archive is read once and held: a refetch elsewhere on the page must never reset
 * what is being typed. Saving sends the version read; a conflict keeps the typed values and
 * offers the side-by-side review (VersionConflict). A draft left in this browser is offered back;
 * one typed on an older version opens in that review, and saving it sends its own version, so
 * the server refuses it rather than overwrite silently.
 */

type Archive = FormValues & { id: string; version: number; number: string };

async function readLatest(id: string): Promise<Archive | null> {
  const { archive } = await client(ArchiveForEditQuery, { id });
  return archive as Archive | null;
}

export default function ArchiveEdit() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const read = useQuery({
    queryKey: ['bangfu', 'archive-form', id],
    queryFn: () => readLatest(id),
    // Read fresh on every visit, then never again while the form is open.
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const [base, setBase] = useState<Archive | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** The version a restored draft was typed on, sent instead of the one read. */
  const [draftVersion, setDraftVersion] = useState<number | null>(null);
  const { slot, isPending } = useDraftSlot(id, base ?? undefined);

  // Held from the first read on: a later refetch must not reset the form.
  if (read.data && !base) setBase(read.data);

  /** What a save's answer means for this page; field errors go back to the form. */
  async function settle(outcome: SaveOutcome): Promise<Record<string, unknown> | undefined> {
    if (outcome.kind === 'saved') {
      forgetDraft(slot);
      notify('bangfu.archive.form.saved', { type: 'success' });
      navigate(`/archives/${outcome.id}/show`, { state: { warnings: outcome.warnings } });
      return undefined;
    }
    if (outcome.kind === 'invalid') {
      notify(outcome.message, { type: 'error' });
      return outcome.errors;
    }
    setConflict({ latest: null });
    notify('bangfu.archive.conflict.title', { type: 'warning' });
    const latest = await readLatest(id);
    setConflict({ latest });
    return undefined;
  }

  async function save(values: FormValues, version: number) {
    try {
      return await settle(await saveArchive(values, { id, version }));
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
      return undefined;
    }
  }

  function onDraftRestored(draft: Draft) {
    if (!base || draft.version === null || draft.version === base.version) return;
    setDraftVersion(draft.version);
    setConflict({ latest: base });
    notify('bangfu.draft.changed', { type: 'warning' });
  }

  if (!base || isPending) return <Loading />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('bangfu.archive.form.editTitle', { number: base.number })} />
      <ArchiveForm
        record={base}
        archiveId={id}
        onSubmit={(values) => save(values, draftVersion ?? base.version)}
        draft={slot}
        onDraftRestored={onDraftRestored}
        notice={
          conflict && (
            <ConflictNotice
              conflict={conflict}
              save={save}
              onReload={() => {
                // A new object even when it is `base` (a stale draft): the form then resets to it.
                if (conflict.latest) setBase({ ...(conflict.latest as Archive) });
                setDraftVersion(null);
                setConflict(null);
              }}
            />
          )
        }
      />
    </Box>
  );
}

/** Inside the form, so that overwriting sends what is typed and its errors land on the inputs. */
function ConflictNotice({
  conflict,
  save,
  onReload,
}: {
  conflict: Conflict;
  save(values: FormValues, version: number): Promise<Record<string, unknown> | undefined>;
  onReload(): void;
}) {
  const { setError } = useFormContext();
  return (
    <VersionConflict
      conflict={conflict}
      onReload={onReload}
      onOverwrite={async (values) => {
        if (!conflict.latest) return;
        const errors = await save(values, conflict.latest.version);
        if (errors) setSubmissionErrors(errors, setError);
      }}
    />
  );
}
