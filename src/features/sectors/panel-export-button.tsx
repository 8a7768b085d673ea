import { ExportPanelButton } from '@/charts/export-buttons'
import { useUrlState } from '@/data/url-state'
import { describeFilters } from './describe-filters'

// 导出本领域图片 with the filters in words under the title: the button alone follows the URL, so a filter click
// re-renders it and not the panel around it.
export function PanelExportButton({ panelId, sector }: { panelId: string; sector: string }) {
  const filterNote = describeFilters(useUrlState())
  return <ExportPanelButton panelId={panelId} title={sector} subtitle={filterNote} sector={sector} />
}
