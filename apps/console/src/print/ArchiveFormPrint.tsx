import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { client } from '../api.js';
import { ArchiveFormSheet } from './ArchiveFormSheet.js';
import { useDictionaryLabels } from './dictionary-labels.js';
import { PaperPage } from './PaperPage.js';
import { ArchiveOnPaperQuery } from './queries.js';
import { RevealButton } from './RevealButton.js';
import { revealTargetsOf, withRevealed } from './reveal.js';
import { useReveal } from './useReveal.js';

/** /print/archives/:id/form — 困难职工档案表 of one archive, ready to print or save as PDF. */
export default function ArchiveFormPrint() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const labels = useDictionaryLabels();
  const reveal = useReveal(id);
  const { data, error, isPending } = useQuery({
    queryKey: ['bangfu', 'paper', 'archive', id],
    queryFn: () => client(ArchiveOnPaperQuery, { id }),
  });
  const archive = data?.archive;
  const back = `/archives/${encodeURIComponent(id)}/show`;
  if (isPending) return <Loading />;
  if (error || !archive) {
    return (
      <PaperPage title="困难职工档案表" back={back}>
        <Alert severity="error">{error?.message ?? translate('bangfu.print.notFound')}</Alert>
      </PaperPage>
    );
  }
  const targets = revealTargetsOf(archive);
  return (
    <PaperPage
      title={`困难职工档案表-${archive.number}`}
      back={back}
      tools={<RevealButton reveal={reveal} targets={targets} />}
    >
      {targets.length > 0 && (
        <Alert
          severity={reveal.done ? 'warning' : 'info'}
          sx={{ mx: 'auto', mb: 2, maxWidth: '210mm', displayPrint: 'none' }}
        >
          {translate(reveal.done ? 'bangfu.print.revealed' : 'bangfu.print.masked')}
        </Alert>
      )}
      <ArchiveFormSheet archive={withRevealed(archive, reveal.revealed)} labels={labels} />
    </PaperPage>
  );
}
