import type { ItemsById } from '@/data/exchange/draft'
import type { Store } from './db/database'
import type { LoginThrottle } from './login-throttle'

/** What every route plugin is given */
export type Ctx = { store: Store; items: ItemsById; throttle: LoginThrottle }
