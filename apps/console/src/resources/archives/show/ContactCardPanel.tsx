import { todayIso } from '@bangfu/domain';
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { Form, required, useTranslate } from 'ra-core';
import { DateInput, SaveButton } from 'react-admin';
import type { ArchiveDetail } from '../queries.js';
import { useSubmit } from './use-submit.js';

/**
 * 联系卡 from the current plan: its deadline, whether it was handed over, and recording that.
 * Step (五) issues the card from the plan the worker signed, so until the signature is recorded
 * the button stays off and says why.
 */
export function ContactCardPanel({
  archive,
  canIssue,
}: {
  archive: ArchiveDetail;
  canIssue: boolean;
}) {
  const translate = useTranslate();
  const submit = useSubmit();
  const card = archive.contactCard;
  if (!card) return null;
  const signed = !!archive.plan?.workerSignedOn;
  return (
    <Card variant="outlined" sx={{ mt: 2 }} aria-label={translate('bangfu.archive.plan.card')}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('bangfu.archive.plan.card')} ·{' '}
          {card.issuedOn
            ? translate('bangfu.archive.plan.cardIssued', { date: card.issuedOn })
            : translate('bangfu.archive.plan.cardNotIssued')}
        </Typography>
        <Typography variant="body2">{card.personInChargeCopy.deadline}</Typography>
        {canIssue && !signed && (
          <Alert severity="warning" id="card-needs-signature" sx={{ mt: 1 }}>
            {translate('bangfu.archive.plan.needsSignature')}
          </Alert>
        )}
        {canIssue && (
          <Form
            record={{ on: card.issuedOn ?? todayIso() }}
            onSubmit={(values: Record<string, unknown>) =>
              submit(
                (dp) =>
                  dp.issueContactCard({
                    archiveId: archive.id,
                    on: String(values.on),
                  }),
                'bangfu.archive.plan.cardDone',
              )
            }
          >
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <DateInput
                source="on"
                label={translate('bangfu.archive.plan.cardIssuedOn')}
                validate={required()}
                helperText={false}
              />
              <SaveButton
                label={translate('bangfu.archive.plan.issueCard')}
                alwaysEnable={signed}
                disabled={!signed}
                aria-describedby={signed ? undefined : 'card-needs-signature'}
              />
            </Stack>
          </Form>
        )}
      </CardContent>
    </Card>
  );
}
