import { z } from 'zod'

// No new Function() in zod: the CSP forbids 'unsafe-eval', and zod's probe for it is reported as a violation. Every
// build sets the same switch in a head script before any module runs (src/build/zod-jitless.ts), so the first screen
// need not load zod to set it; the dataset schema imports this for the dev server and tests.
z.config({ jitless: true })
