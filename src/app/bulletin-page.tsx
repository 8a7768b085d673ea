import { BulletinView } from '@/features/bulletin/bulletin-view'
import { ItemFilters } from '@/features/filters/item-filters'

// 通报 with its filters: one lazy chunk, loaded when the tab opens, so the dashboard never downloads the filters.
export function BulletinPage() {
  return <BulletinView filters={<ItemFilters />} />
}
