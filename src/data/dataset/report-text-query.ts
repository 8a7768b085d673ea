import { queryOptions } from '@tanstack/react-query'
import { parseReport } from './report-text'

// The report's full text, only for the 原文 view: its own chunk, fetched the first time someone opens it.
export const reportTextQuery = queryOptions({
  queryKey: ['report-text'],
  queryFn: async () =>
    parseReport((await import('../../../data/source/qidong-2023-government-work-report.txt?raw')).default),
  staleTime: Infinity,
  retry: false,
})
