import { z } from 'zod'

// No new Function() in zod: the CSP forbids 'unsafe-eval', and zod's probe for it is reported as a violation. Imported
// first by main.tsx, so it is set before any module parses anything.
z.config({ jitless: true })
