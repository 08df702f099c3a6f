import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { client } from '../api.js';
import { ContactCardSheet } from './ContactCardSheet.js';
import { PaperPage } from './PaperPage.js';
import { ContactCardOnPaperQuery } from './queries.js';
import { RevealButton } from './RevealButton.js';
import { contactWithMobile } from './reveal.js';
import { useReveal } from './useReveal.js';

/** /print/archives/:id/contact-card — both copies of the contact card from the current plan. */
export default function ContactCardPrint() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const reveal = useReveal(id);
  const { data, error, isPending } = useQuery({
    queryKey: ['bangfu', 'paper', 'contactCard', id],
    queryFn: () => client(ContactCardOnPaperQuery, { id }),
  });
  const back = `/archives/${encodeURIComponent(id)}/show`;
  if (isPending) return <Loading />;
  const archive = data?.archive;
  const card = archive?.contactCard;
  if (error || !archive || !card) {
    const message =
      error?.message ?? translate(archive ? 'bangfu.print.noContactCard' : 'bangfu.print.notFound');
    return (
      <PaperPage title="困难职工解困脱困联系卡" back={back}>
        <Alert severity="warning" sx={{ mx: 'auto', maxWidth: '210mm' }}>
          {message}
        </Alert>
      </PaperPage>
    );
  }
  const masked = card.personInChargeCopy.contact?.includes('*') ?? false;
  const shown = {
    ...card,
    personInChargeCopy: {
      ...card.personInChargeCopy,
      contact: contactWithMobile(card.personInChargeCopy.contact, reveal.revealed.mobile),
    },
  };
  return (
    <PaperPage
      title={`困难职工解困脱困联系卡-${archive.number}`}
      back={back}
      tools={<RevealButton reveal={reveal} targets={masked ? [{ field: 'mobile' }] : []} />}
    >
      <ContactCardSheet card={shown} />
    </PaperPage>
  );
}
