import { Box, Card, CardContent, Typography } from '@mui/material';
import { Form, useTranslate } from 'ra-core';
import type { ReactNode } from 'react';
import { SaveButton, Toolbar } from 'react-admin';
import { useLanguage } from '../guessers/hooks.js';
import type { Draft } from '../data/drafts.js';
import { ArchiveAttachments } from '../resources/archives/show/ArchiveAttachments.js';
import { DraftKeeper, DraftOffer, type DraftSlot } from './ArchiveDraft.js';
import { CausesInput } from './CausesInput.js';
import { DeterminationInputs } from './DeterminationInputs.js';
import { FieldInput } from './FieldInput.js';
import { FormErrorBoundary } from './FormErrorBoundary.js';
import type { FormValues } from './form-values.js';
import { MembersTable } from './MembersTable.js';
import { PerMemberIncome } from './PerMemberIncome.js';
import { archiveSections, type FormSection } from './sections.js';
import { useArchiveValidate } from './use-validate.js';

/*
 * 困难职工档案表 as a form, in the seed's parts and wording (* for required fields). The whole
 * form is checked with the domain's schema on leaving each input and before sending; the API's
 * field errors come back onto the same inputs. `record` is the archive as read: the form starts
 * from it and is reset only when the page hands it another one.
 */

export type SubmitArchive = (values: FormValues) => Promise<Record<string, unknown> | undefined>;

const SECTIONS = archiveSections({ computed: true });

function SectionBody({ section, archiveId }: { section: FormSection; archiveId?: string }) {
  const translate = useTranslate();
  switch (section.code) {
    case 'members':
      return <MembersTable />;
    case 'causes':
      return <CausesInput />;
    case 'determination':
      return <DeterminationInputs />;
    case 'attachments':
      return archiveId ? (
        <ArchiveAttachments archiveId={archiveId} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('bangfu.archive.form.attachmentsAfterSave')}
        </Typography>
      );
    default:
      return (
        <Box
          sx={{
            display: 'grid',
            columnGap: 2,
            gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
          }}
        >
          {section.fields.map((spec) => {
            if (spec.name === 'monthlyIncomePerMemberFen')
              return <PerMemberIncome key={spec.name} />;
            if (spec.computed) return null;
            return <FieldInput key={spec.name} spec={spec} source={spec.name} />;
          })}
        </Box>
      );
  }
}

export function ArchiveForm({
  record,
  onSubmit,
  archiveId,
  notice,
  draft,
  onDraftRestored,
}: {
  record: FormValues;
  onSubmit: SubmitArchive;
  /** The saved archive's id (editing): attachments can then be added in place. */
  archiveId?: string;
  /** Shown above the form and inside it (the version-conflict panel needs the typed values). */
  notice?: ReactNode;
  /** Where the draft of what is typed is kept (null: none, e.g. before the user is known). */
  draft?: DraftSlot | null;
  onDraftRestored?(draft: Draft): void;
}) {
  const translate = useTranslate();
  const lang = useLanguage();
  const validate = useArchiveValidate(archiveId ? record : undefined);
  return (
    <Form
      record={record}
      onSubmit={onSubmit}
      validate={validate}
      mode="onTouched"
      noValidate
      warnWhenUnsavedChanges
    >
      {draft && <DraftKeeper slot={draft} />}
      {draft && <DraftOffer slot={draft} record={record} onRestored={onDraftRestored} />}
      {notice}
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
        {translate('bangfu.archive.form.required')}
      </Typography>
      {SECTIONS.map((section) => (
        <Card
          key={section.code}
          variant="outlined"
          sx={{ mb: 2 }}
          component="section"
          aria-label={section.label}
        >
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {lang === 'en' ? section.labelEn : section.label}
            </Typography>
            <FormErrorBoundary>
              <SectionBody section={section} archiveId={archiveId} />
            </FormErrorBoundary>
          </CardContent>
        </Card>
      ))}
      <Toolbar sx={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
        <SaveButton />
      </Toolbar>
    </Form>
  );
}
