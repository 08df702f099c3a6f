import { useQuery } from '@tanstack/react-query';
import { client } from '../../../api.js';
import { ArchiveAttachmentsQuery } from '../queries.js';
import { AttachmentList } from './AttachmentList.js';
import { AttachmentUpload } from './AttachmentUpload.js';

/** 附件 of a saved archive inside its edit form: the files so far, and the upload. */
export function ArchiveAttachments({ archiveId }: { archiveId: string }) {
  const { data } = useQuery({
    queryKey: ['bangfu', 'archive-attachments', archiveId],
    queryFn: () => client(ArchiveAttachmentsQuery, { id: archiveId }),
  });
  return (
    <>
      <AttachmentList attachments={data?.archive?.attachments ?? []} canRemove />
      <AttachmentUpload archiveId={archiveId} />
    </>
  );
}
