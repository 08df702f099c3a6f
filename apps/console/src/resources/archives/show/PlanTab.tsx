import { FIXED_LISTS, OTHER } from '@bangfu/domain';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Form, required, useTranslate } from 'ra-core';
import { CheckboxGroupInput, DateInput, SaveButton, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { describeValue } from '../../../archive-form/describe.js';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import { useLanguage } from '../../../guessers/hooks.js';
import { ContactCardPanel } from './ContactCardPanel.js';
import type { ArchiveDetail } from '../queries.js';
import { blanksAsNull, useSubmit } from './use-submit.js';

/*
 * 帮扶计划 of the current cycle (制定计划, the seed's step 5): who assists, the union liaison, the
 * measures and plans chosen, the month by which the worker should be out of difficulty; then the
 * contact card (联系卡) issued from it. The grassroots union keeps it; others read it.
 */

const PLAN_FIELDS = [
  'assistanceUnit',
  'personName',
  'personPost',
  'personPhone',
  'liaisonName',
  'liaisonPost',
  'liaisonPhone',
  'measures',
  'measureOther',
  'actionPlans',
  'actionPlanOther',
  'targetMonth',
  'workerSignedOn',
  'signatureWitness',
  'signedPlanAttachmentId',
  'remarks',
] as const;

/** The attachment type of the plan as the worker signed it (the API's SIGNED_PLAN_SCAN). */
const SIGNED_PLAN = 'SIGNED_PLAN';

type Attachment = NonNullable<ArchiveDetail['attachments']>[number];

const signedScans = (archive: ArchiveDetail): Attachment[] =>
  (archive.attachments ?? []).filter((a) => a.type === SIGNED_PLAN);

type Plan = NonNullable<ArchiveDetail['plan']>;

function PlanSummary({ plan, archive }: { plan: Plan; archive: ArchiveDetail }) {
  const translate = useTranslate();
  const words = useVocabulary();
  const scan = archive.attachments?.find((a) => a.id === plan.signedPlanAttachmentId);
  const shown = (field: (typeof PLAN_FIELDS)[number]) =>
    field === 'signedPlanAttachmentId'
      ? (scan?.name ?? words.empty)
      : describeValue(`plan.${field}`, plan[field], words);
  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}
    >
      {PLAN_FIELDS.map((field) => (
        <Box key={field}>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate(`bangfu.archive.plan.${field}`)}
          </Typography>
          <Typography variant="body2" data-plan-field={field}>
            {shown(field)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function OtherNote({ list, note }: { list: 'measures' | 'actionPlans'; note: string }) {
  const translate = useTranslate();
  const chosen = (useWatch({ name: list }) as string[] | undefined) ?? [];
  if (!chosen.includes(OTHER)) return null;
  return (
    <TextInput
      source={note}
      label={translate(`bangfu.archive.plan.${note}`)}
      fullWidth
      helperText={false}
    />
  );
}

/**
 * 职工签字确认 (step 五): the day the worker signed the plan, who witnessed it, and the scan of
 * the signed page, chosen among this archive's attachments of that type.
 */
function SignatureInputs({ archive }: { archive: ArchiveDetail }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`bangfu.archive.plan.${key}`);
  const scans = signedScans(archive);
  return (
    <Box
      role="group"
      aria-label={t('signature')}
      sx={{
        display: 'grid',
        columnGap: 2,
        gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
      }}
    >
      <DateInput
        source="workerSignedOn"
        label={t('workerSignedOn')}
        helperText={t('workerSignedOnHelp')}
      />
      <TextInput source="signatureWitness" label={t('signatureWitness')} helperText={false} />
      <SelectInput
        source="signedPlanAttachmentId"
        label={t('signedPlanAttachmentId')}
        choices={scans.map((a) => ({ id: a.id, name: a.name }))}
        translateChoice={false}
        emptyText={t('noScan')}
        helperText={scans.length === 0 ? t('noScanYet') : false}
      />
    </Box>
  );
}

function PlanForm({ archive }: { archive: ArchiveDetail }) {
  const translate = useTranslate();
  const lang = useLanguage();
  const submit = useSubmit();
  const plan = archive.plan;
  const t = (key: string) => translate(`bangfu.archive.plan.${key}`);
  const choices = (list: 'measures' | 'actionPlans') =>
    FIXED_LISTS[list].entries.map((e) => ({
      id: e.code,
      name: `${e.no}. ${lang === 'en' ? e.labelEn : e.label}`,
    }));
  const record = plan ? { ...plan, targetMonth: plan.targetMonth.slice(0, 7) } : {};
  return (
    <Form
      record={record}
      onSubmit={(values: Record<string, unknown>) =>
        submit(
          (dp) =>
            dp.setAssistancePlan({
              archiveId: archive.id,
              version: plan?.version ?? null,
              input: blanksAsNull(values, PLAN_FIELDS),
            }),
          'bangfu.archive.plan.saved',
        )
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('defaults')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          columnGap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
        }}
      >
        {(
          [
            'assistanceUnit',
            'personName',
            'personPost',
            'personPhone',
            'liaisonName',
            'liaisonPost',
            'liaisonPhone',
          ] as const
        ).map((field) => (
          <TextInput key={field} source={field} label={t(field)} helperText={false} />
        ))}
        <TextInput
          source="targetMonth"
          label={t('targetMonth')}
          type="month"
          validate={required()}
          helperText={t('targetMonthHelp')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      <SignatureInputs archive={archive} />
      <CheckboxGroupInput
        source="measures"
        label={t('measures')}
        choices={choices('measures')}
        translateChoice={false}
        helperText={false}
      />
      <OtherNote list="measures" note="measureOther" />
      <CheckboxGroupInput
        source="actionPlans"
        label={t('actionPlans')}
        choices={choices('actionPlans')}
        translateChoice={false}
        helperText={false}
      />
      <OtherNote list="actionPlans" note="actionPlanOther" />
      <TextInput source="remarks" label={t('remarks')} multiline fullWidth helperText={false} />
      <SaveButton label={plan ? t('edit') : t('set')} />
    </Form>
  );
}

export function PlanTab({ archive, canKeep }: { archive: ArchiveDetail; canKeep: boolean }) {
  const translate = useTranslate();
  const editable = canKeep;
  const earlier = archive.plans.filter((p) => p.cycle !== archive.cycle);
  return (
    <Stack spacing={2}>
      {archive.plan ? (
        <PlanSummary plan={archive.plan} archive={archive} />
      ) : (
        <Alert severity="info">{translate('bangfu.archive.plan.none')}</Alert>
      )}
      {editable && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
              {translate(archive.plan ? 'bangfu.archive.plan.edit' : 'bangfu.archive.plan.set')}
            </Typography>
            <PlanForm archive={archive} />
          </CardContent>
        </Card>
      )}
      <ContactCardPanel archive={archive} canIssue={editable} />
      {earlier.length > 0 && (
        <Box>
          <Typography variant="subtitle2">{translate('bangfu.archive.plan.earlier')}</Typography>
          {earlier.map((p) => (
            <Typography key={p.id} variant="body2">
              {translate('bangfu.archive.show.cycle', { cycle: p.cycle })}：{p.assistanceUnit} ·{' '}
              {p.personName} · {p.targetMonth.slice(0, 7)}
            </Typography>
          ))}
        </Box>
      )}
    </Stack>
  );
}
