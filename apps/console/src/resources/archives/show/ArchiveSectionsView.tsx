import { DETERMINATION_FIELDS, MEMBER_FIELDS, type FieldSpec } from '@bangfu/domain';
import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'ra-core';
import type { ReactNode } from 'react';
import { describeValue } from '../../../archive-form/describe.js';
import { isMasked } from '../../../archive-form/form-values.js';
import { archiveSections, type FormSection } from '../../../archive-form/sections.js';
import { useVocabulary } from '../../../archive-form/vocabulary.js';
import { useLanguage } from '../../../guessers/hooks.js';
import { RevealButton } from './RevealButton.js';

/*
 * The archive read-only, in the seed form's parts and labels, codes shown as their labels. Used
 * for the archive as it is and as it was on a day (archiveAsOf's data has the same names).
 * `revealIn` (an archive id) puts a reveal button beside each masked number.
 */

type Values = Record<string, unknown>;
const SECTIONS = archiveSections({ computed: true });
const REVEALABLE = new Set(['idNumber', 'bankCardNumber', 'mobile']);

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ wordBreak: 'break-all' }}>
        {children}
      </Typography>
    </Box>
  );
}

const GRID = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
};

export function ArchiveSectionsView({
  values,
  revealIn,
  attachments,
}: {
  values: Values;
  revealIn?: string;
  /** What the 附件 part shows (the live list, with preview and download). */
  attachments?: ReactNode;
}) {
  const lang = useLanguage();
  const words = useVocabulary();
  const label = (spec: FieldSpec) => (lang === 'en' ? spec.labelEn : spec.label);
  const show = (spec: FieldSpec, value: unknown, memberPosition?: number) => (
    <>
      {describeValue(spec.name, value, words)}
      {revealIn && REVEALABLE.has(spec.name) && isMasked(value) && (
        <RevealButton
          archiveId={revealIn}
          field={spec.name as 'idNumber'}
          label={label(spec)}
          memberPosition={memberPosition}
        />
      )}
    </>
  );

  const body = (section: FormSection) => {
    switch (section.code) {
      case 'members':
        return <MembersView members={(values.members as Values[] | undefined) ?? []} show={show} />;
      case 'determination': {
        const d = (values.determination as Values | null) ?? {};
        return (
          <Box sx={GRID}>
            {Object.values(DETERMINATION_FIELDS).map((spec) => (
              <Item key={spec.name} label={label(spec)}>
                {describeValue(spec.name, d[spec.name], words)}
              </Item>
            ))}
          </Box>
        );
      }
      case 'attachments':
        return attachments ?? describeValue('attachments', values.attachments, words);
      default:
        return (
          <Box sx={GRID}>
            {section.fields.map((spec) => (
              <Item key={spec.name} label={label(spec)}>
                {show(spec, values[spec.name])}
              </Item>
            ))}
          </Box>
        );
    }
  };

  return (
    <>
      {SECTIONS.map((section) => (
        <Card
          key={section.code}
          variant="outlined"
          sx={{ mb: 2 }}
          component="section"
          aria-label={section.label}
        >
          <CardContent>
            <Typography variant="subtitle1" component="h3" gutterBottom sx={{ fontWeight: 600 }}>
              {lang === 'en' ? section.labelEn : section.label}
            </Typography>
            {body(section)}
          </CardContent>
        </Card>
      ))}
    </>
  );
}

function MembersView({
  members,
  show,
}: {
  members: Values[];
  show: (spec: FieldSpec, value: unknown, memberPosition?: number) => ReactNode;
}) {
  const translate = useTranslate();
  const lang = useLanguage();
  if (members.length === 0) {
    return (
      <Typography color="text.secondary">{translate('bangfu.archive.form.noMembers')}</Typography>
    );
  }
  const columns = Object.values(MEMBER_FIELDS) as FieldSpec[];
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            {columns.map((spec) => (
              <TableCell key={spec.name}>{lang === 'en' ? spec.labelEn : spec.label}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((member, i) => (
            <TableRow key={i}>
              {columns.map((spec) => (
                <TableCell key={spec.name}>
                  {show(spec, member[spec.name], (member.position as number | undefined) ?? i)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
