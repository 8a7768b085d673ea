import type { Targets } from '@/data/exchange-draft'
import type { Store } from './db/database'
import type { LoginThrottle } from './login-throttle'

/** What every route plugin is given */
export type Ctx = { store: Store; targets: Targets; throttle: LoginThrottle }
