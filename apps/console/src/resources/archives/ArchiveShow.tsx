import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, Card, CardContent, Stack, Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { RecordContextProvider, useTranslate, type RaRecord } from 'ra-core';
import { Loading, Title } from 'react-admin';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { client } from '../../api.js';
import { WorkflowActions } from '../../workflow/WorkflowActions.js';
import { archiveShowActions } from './extensions.js';
import { ArchiveDetailQuery } from './queries.js';
import { ArchiveHeader, Objections, SavedWarnings } from './show/ArchiveHeader.js';
import { ArchiveSectionsView } from './show/ArchiveSectionsView.js';
import { AttachmentList } from './show/AttachmentList.js';
import { AttachmentUpload } from './show/AttachmentUpload.js';
import { DeleteDraftButton } from './show/DeleteDraftButton.js';
import { DerivedPanel } from './show/DerivedPanel.js';
import { HistoryTab } from './show/HistoryTab.js';
import { LedgerTab } from './show/LedgerTab.js';
import { PlanTab } from './show/PlanTab.js';
import { RevealLog } from './show/RevealLog.js';
import { SpotCheckTab } from './show/SpotCheckTab.js';

/*
 * One archive: its state and flags at the top with the workflow steps this person may take,
 * then tabs — the archive form read-only, the assistance plan and contact card, the ledger,
 * spot checks, the history (and the archive as of a day), attachments.
 */

const TABS = ['archive', 'plan', 'ledger', 'spotChecks', 'history', 'attachments'] as const;
type TabName = (typeof TABS)[number];

export default function ArchiveShow() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const [search, setSearch] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(search.get('tab') ?? '')
    ? (search.get('tab') as TabName)
    : 'archive';
  const { data, isPending, error } = useQuery({
    queryKey: ['bangfu', 'archive', id],
    queryFn: () => client(ArchiveDetailQuery, { id }),
  });
  if (isPending) return <Loading />;
  const archive = data?.archive;
  if (error || !archive) {
    return <Alert severity="error">{error?.message ?? translate('ra.page.not_found')}</Alert>;
  }
  // What this person may do here is the API's answer for this archive (viewerCan).
  const can = archive.viewerCan;
  const canKeep = can.keepAssistance;
  const keeperOfAttachments = can.manageAttachments;
  const attachments = (
    <AttachmentList attachments={archive.attachments ?? []} canRemove={keeperOfAttachments} />
  );

  return (
    <RecordContextProvider value={archive as RaRecord}>
      <Box sx={{ mt: 2 }}>
        <Title
          title={`${translate('resources.archives.name', { smart_count: 1 })} ${archive.number}`}
        />
        <ArchiveHeader archive={archive} />
        {/* One column on a phone, every button with its words. */}
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', mb: 2, alignItems: { xs: 'stretch', sm: 'center' } }}
          role="toolbar"
        >
          <WorkflowActions archive={archive} />
          {can.edit && (
            <Button
              component={Link}
              to={`/archives/${archive.id}`}
              size="small"
              startIcon={<EditIcon />}
            >
              {translate('ra.action.edit')}
            </Button>
          )}
          {can.delete && <DeleteDraftButton archive={archive} />}
          {archiveShowActions.map((Action, i) => (
            <Action key={i} record={archive as RaRecord} />
          ))}
        </Stack>
        <SavedWarnings />
        <DerivedPanel archive={archive} />
        <Objections archive={archive} />
        <Card>
          <Tabs
            value={tab}
            onChange={(_, next: TabName) => setSearch({ tab: next }, { replace: true })}
            variant="scrollable"
          >
            {TABS.map((name) => (
              <Tab key={name} value={name} label={translate(`bangfu.archive.show.tabs.${name}`)} />
            ))}
          </Tabs>
          <CardContent>
            {tab === 'archive' && (
              <>
                <ArchiveSectionsView
                  values={archive}
                  revealIn={can.reveal ? archive.id : undefined}
                  attachments={attachments}
                />
                {can.reveal && <RevealLog archiveId={archive.id} />}
              </>
            )}
            {tab === 'plan' && <PlanTab archive={archive} canKeep={canKeep} />}
            {tab === 'ledger' && <LedgerTab archive={archive} canKeep={canKeep} />}
            {tab === 'spotChecks' && <SpotCheckTab archive={archive} canCheck={can.spotCheck} />}
            {tab === 'history' && <HistoryTab archiveId={archive.id} />}
            {tab === 'attachments' && (
              <>
                {attachments}
                {keeperOfAttachments && <AttachmentUpload archiveId={archive.id} />}
              </>
            )}
          </CardContent>
        </Card>
      </Box>
    </RecordContextProvider>
  );
}
