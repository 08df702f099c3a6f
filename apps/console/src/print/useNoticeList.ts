import { useQuery } from '@tanstack/react-query';
import { client } from '../api.js';
import { periodProblem } from './notice-list.js';
import { PublicNoticeOnPaperQuery } from './queries.js';
import type { PaperNoticeList } from './PublicNoticeSheet.js';

/** The notice list of a union and period; a refused period comes back as the API's message. */
export function useNoticeList(unionId: string, from: string, to: string) {
  const problem = unionId ? periodProblem({ from, to }) : '请选择工会。';
  const query = useQuery({
    queryKey: ['bangfu', 'paper', 'notice', unionId, from, to],
    enabled: problem === null,
    queryFn: async (): Promise<PaperNoticeList> => {
      const { publicNoticeList: result } = await client(PublicNoticeOnPaperQuery, {
        unionId,
        from,
        to,
      });
      if (result.__typename === 'ValidationError') {
        throw new Error(result.fieldErrors[0]?.message ?? result.message);
      }
      return result;
    },
  });
  return { ...query, problem };
}

/** The screen's choices, kept in the address so the print view and back keep them. */
export function noticeSearch(unionId: string, from: string, to: string, unionName = ''): string {
  return new URLSearchParams({ unionId, from, to, ...(unionName ? { unionName } : {}) }).toString();
}
