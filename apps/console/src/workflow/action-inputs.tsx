import { defaultNoticeDates, todayIso, type WorkflowAction } from '@bangfu/domain';
import { Alert, Typography } from '@mui/material';
import { required, useTranslate } from 'ra-core';
import type { ComponentType } from 'react';
import { DateInput, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DeterminationInputs } from '../archive-form/DeterminationInputs.js';
import { DictionarySelect } from '../archive-form/FieldInput.js';

/*
 * What each workflow step asks for (domain.md §4), keyed by the domain's action names: the inputs,
 * their starting values from the archive, and a check in the browser where the domain has one.
 * A step with no entry here is a plain confirmation.
 */

export interface ActionArchive {
  id: string;
  determination?: Record<string, unknown> | null;
  /** Files kept with the archive: the application step picks the scanned application among them. */
  attachments?: readonly { id: string; type: string; name: string }[] | null;
  /** The keeping union: where the printed notice sends objections. */
  union?: { address?: string | null; liaisonPhone?: string | null } | null;
}

/** What the province sets for every union (provinceSettings), when it has been read. */
export interface ActionSettings {
  noticePeriodDays?: number;
}

export interface ActionForm {
  Inputs: ComponentType<{ archive: ActionArchive }>;
  defaults?(archive: ActionArchive, settings: ActionSettings): Record<string, unknown>;
  validate?(
    values: Record<string, unknown>,
  ): Record<string, unknown> | undefined | Promise<Record<string, unknown> | undefined>;
}

const t = (key: string) => `bangfu.archive.workflow.${key}`;

function Help({ text }: { text: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate(t(text))}
    </Typography>
  );
}

function Reason({ source, label }: { source: string; label: string }) {
  const translate = useTranslate();
  return (
    <TextInput
      source={source}
      label={translate(t(label))}
      validate={required()}
      multiline
      fullWidth
      helperText={false}
    />
  );
}

function ExitInputs() {
  const translate = useTranslate();
  const reason = useWatch({ name: 'reason' }) as string | undefined;
  return (
    <>
      <DateInput
        source="on"
        label={translate(t('exitOn'))}
        validate={required()}
        helperText={false}
      />
      <DictionarySelect
        dictionary="exitReason"
        source="reason"
        label={translate(t('exitReason'))}
        validate={required()}
      />
      <TextInput
        source="note"
        label={translate(t('exitNote'))}
        validate={reason === 'OTHER' ? required() : undefined}
        helperText={translate(t('exitNoteHelp'))}
        multiline
        fullWidth
      />
    </>
  );
}

/** The union's address and phone are printed on the notice for objections; say when one is missing. */
function ObjectionContactWarning({ archive }: { archive: ActionArchive }) {
  const translate = useTranslate();
  const missing = [
    archive.union?.address?.trim() ? null : translate(t('unionAddress')),
    archive.union?.liaisonPhone?.trim() ? null : translate(t('unionPhone')),
  ].filter(Boolean);
  if (!archive.union || missing.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }} data-testid="notice-contact-warning">
      {translate(t('noObjectionContact'), { missing: missing.join(translate(t('and'))) })}
    </Alert>
  );
}

function NoticeInputs({ archive }: { archive: ActionArchive }) {
  const translate = useTranslate();
  return (
    <>
      <ObjectionContactWarning archive={archive} />
      <Help text="noticeHelp" />
      <DateInput
        source="startsOn"
        label={translate(t('startsOn'))}
        validate={required()}
        helperText={false}
      />
      <DateInput
        source="endsOn"
        label={translate(t('endsOn'))}
        validate={required()}
        helperText={false}
      />
    </>
  );
}

/** The attachment type of a scanned application (the API's APPLICATION_SCAN). */
const APPLICATION_SCAN = 'APPLICATION';

function ApplicationInputs({ archive }: { archive: ActionArchive }) {
  const translate = useTranslate();
  const scans = (archive.attachments ?? []).filter((a) => a.type === APPLICATION_SCAN);
  return (
    <>
      <Help text="applicationHelp" />
      <DateInput
        source="on"
        label={translate(t('applicationOn'))}
        validate={required()}
        helperText={false}
      />
      <DictionarySelect
        dictionary="applicationChannel"
        source="channel"
        label={translate(t('applicationChannel'))}
        validate={required()}
      />
      <SelectInput
        source="attachmentId"
        label={translate(t('applicationScan'))}
        choices={scans.map((a) => ({ id: a.id, name: a.name }))}
        translateChoice={false}
        emptyText={translate(t('noApplicationScan'))}
        // No scan chosen is sent as null, not as an empty id.
        parse={(value: string) => value || null}
        helperText={scans.length === 0 ? translate(t('noApplicationScanYet')) : false}
      />
    </>
  );
}

function RedetermineInputs() {
  return (
    <>
      <Help text="redetermineHelp" />
      <DeterminationInputs prefix="determination." />
      <Reason source="reason" label="redetermineReason" />
    </>
  );
}

function ApprovalInputs() {
  return (
    <>
      <Help text="approveHelp" />
      <DeterminationInputs prefix="determination." />
    </>
  );
}

/** The determination checked with the domain's schema (loaded on first use) before it is sent. */
const validateDetermination = (values: Record<string, unknown>) =>
  import('../archive-form/determination-check.js').then((m) => m.validateDetermination(values));

/** The archive's determination as a dialog starts from, decided today. */
function determinationFrom(archive: ActionArchive, override: Record<string, unknown> = {}) {
  return {
    determination: {
      keyGroups: [],
      measures: [],
      actionPlans: [],
      ...(archive.determination ?? {}),
      ...override,
      decidedOn: todayIso(),
    },
  };
}

export const ACTION_FORMS: Partial<Record<WorkflowAction, ActionForm>> = {
  recordApplication: {
    Inputs: ApplicationInputs,
    defaults: (archive) => ({
      on: todayIso(),
      channel: 'WRITTEN_APPLICATION',
      // The newest scanned application, when one has been uploaded.
      attachmentId:
        [...(archive.attachments ?? [])].reverse().find((a) => a.type === APPLICATION_SCAN)?.id ??
        null,
    }),
  },
  startPublicNotice: {
    Inputs: NoticeInputs,
    // Today, for as long as the province says a notice runs (a week until it says otherwise).
    defaults: (_archive, settings) => defaultNoticeDates(todayIso(), settings.noticePeriodDays),
  },
  recordObjection: { Inputs: () => <Reason source="note" label="note" /> },
  withdrawPublicNotice: { Inputs: () => <Reason source="reason" label="withdrawReason" /> },
  rejectArchive: { Inputs: () => <Reason source="reason" label="rejectReason" /> },
  approveArchive: {
    Inputs: ApprovalInputs,
    defaults: (archive) => determinationFrom(archive, { isTarget: true }),
    validate: validateDetermination,
  },
  redetermineArchive: {
    Inputs: RedetermineInputs,
    defaults: (archive) => determinationFrom(archive),
    validate: validateDetermination,
  },
  exitArchive: {
    Inputs: ExitInputs,
    defaults: () => ({ on: todayIso(), reason: 'OUT_OF_DIFFICULTY' }),
  },
  reenterArchive: { Inputs: () => <Help text="reenterHelp" /> },
};
