import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'

// Server state that is not the dataset (the report's 原文 text): react-query, loaded only with the lazy features
// that fetch it, never on the first screen. One client for the page's life, so each fetch is made once.
const queryClient = new QueryClient()

/** Wraps a lazy feature that reads server state; every such feature shares the one client */
export function ServerState({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
