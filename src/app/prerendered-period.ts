import { defaultPeriod, type Period } from '@/monitoring/period'

// The prerendered dashboard counts every item at the 本期 of its build day (StatusOverview writes it as data-period);
// the browser's first render counts at today's default 本期. Only when the two agree is the markup the same.

/** The 本期 the prerendered HTML under `root` was counted at, if it carries one */
export function prerenderedPeriod(root: ParentNode): Period | undefined {
  return root.querySelector<HTMLElement>('[data-period]')?.dataset.period
}

/** Whether hydrating the prerender is safe today: its 本期 is the one this browser opens at (same counts, same chips) */
export function prerenderCurrent(root: ParentNode, today: Date, dueDay: number): boolean {
  return prerenderedPeriod(root) === defaultPeriod(today, dueDay)
}
