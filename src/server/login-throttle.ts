// Failed logins per account: after `max` failures within the window the account answers 429 until it passes,
// whoever asks. (Per-address limits are @fastify/rate-limit's job, on the login route.)

export class LoginThrottle {
  private failures = new Map<string, number[]>()

  constructor(
    private readonly max = 5,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds until the account may try again, or 0 */
  retryAfter(login: string, now = Date.now()): number {
    const recent = this.recent(login, now)
    if (recent.length < this.max) return 0
    return Math.ceil((recent[0]! + this.windowMs - now) / 1000)
  }

  failed(login: string, now = Date.now()): void {
    this.failures.set(login, [...this.recent(login, now), now])
  }

  succeeded(login: string): void {
    this.failures.delete(login)
  }

  private recent(login: string, now: number): number[] {
    const kept = (this.failures.get(login) ?? []).filter((t) => t > now - this.windowMs)
    if (kept.length) this.failures.set(login, kept)
    else this.failures.delete(login)
    return kept
  }
}
