import {
  makeDeterminationInputSchema,
  todayIso,
  toFieldErrors,
  type WorkflowAction,
} from '@bangfu/domain';
import { Typography } from '@mui/material';
import { required, useTranslate } from 'ra-core';
import type { ComponentType } from 'react';
import { DateInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { DeterminationInputs } from '../archive-form/DeterminationInputs.js';
import { DictionarySelect } from '../archive-form/FieldInput.js';
import { validationHttpError } from '../data/form-errors.js';

/*
 * What each workflow step asks for (domain.md §4), keyed by the domain's action names: the inputs,
 * their starting values from the archive, and a check in the browser where the domain has one.
 * A step with no entry here is a plain confirmation.
 */

export interface ActionArchive {
  id: string;
  determination?: Record<string, unknown> | null;
}

export interface ActionForm {
  Inputs: ComponentType;
  defaults?(archive: ActionArchive): Record<string, unknown>;
  validate?(values: Record<string, unknown>): Record<string, unknown> | undefined;
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

function NoticeInputs() {
  const translate = useTranslate();
  return (
    <>
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

function ApplicationInputs() {
  const translate = useTranslate();
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

/** The determination checked with the domain's schema before the approval is sent. */
function validateDetermination(values: Record<string, unknown>) {
  const parsed = makeDeterminationInputSchema().safeParse(values.determination ?? {});
  if (parsed.success) return undefined;
  const errors = toFieldErrors(parsed.error).map((e) => ({
    ...e,
    path: ['determination', ...e.path],
  }));
  const { root: _, ...byField } = validationHttpError('', errors).body.errors as Record<
    string,
    unknown
  >;
  return byField;
}

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
    defaults: () => ({ on: todayIso(), channel: 'WRITTEN_APPLICATION' }),
  },
  startPublicNotice: { Inputs: NoticeInputs },
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
