import { useQuery } from '@tanstack/react-query';
import { client } from '../api.js';
import { DashboardReportPeriodsQuery, DashboardReportSubmissionsQuery } from './queries.js';

export function useReportPeriods() {
  return useQuery({
    queryKey: ['bangfu', 'reportPeriods'],
    queryFn: async () => (await client(DashboardReportPeriodsQuery)).reportPeriods,
  });
}

/** Who has reported for `period` (a city sees its own row; the province every city). */
export function useReportSubmissions(period: string | null) {
  return useQuery({
    queryKey: ['bangfu', 'reportSubmissions', period],
    enabled: !!period,
    queryFn: async () =>
      (await client(DashboardReportSubmissionsQuery, { period: period! })).reportSubmissions,
  });
}

export const STATUS_COLORS = { SUBMITTED: 'success', LATE: 'error', PENDING: 'default' } as const;

export const dateTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });
