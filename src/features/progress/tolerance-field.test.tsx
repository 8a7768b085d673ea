// The tolerance is committed when the field is left (or on Enter), never half-typed; a bad value stays with its message.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { settingsReloaded, SETTINGS_STORAGE_KEY } from '@/stores/use-monitor-settings'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { MonitorSettingsBar } from './monitor-settings-bar'

const stored = () =>
  (JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY) ?? '{}') as { state?: { tolerancePp?: number } })
    .state?.tolerancePp

beforeEach(async () => {
  localStorage.clear()
  await settingsReloaded()
})

it('commits on blur, not on every keystroke', async () => {
  renderWithDataset(<MonitorSettingsBar />, monitorDataset)
  const user = userEvent.setup()
  const field = screen.getByLabelText('序时进度容差（百分点）')
  await user.clear(field)
  await user.type(field, '25')
  expect(stored()).not.toBe(2)
  expect(stored()).not.toBe(25)
  await user.tab()
  expect(stored()).toBe(25)
  expect(field).toHaveValue(25)
})

it('commits on Enter', async () => {
  renderWithDataset(<MonitorSettingsBar />, monitorDataset)
  const user = userEvent.setup()
  const field = screen.getByLabelText('序时进度容差（百分点）')
  await user.clear(field)
  await user.type(field, '8{Enter}')
  expect(stored()).toBe(8)
})

it('keeps an out-of-range value in the field with its message and commits nothing', async () => {
  renderWithDataset(<MonitorSettingsBar />, monitorDataset)
  const user = userEvent.setup()
  const field = screen.getByLabelText('序时进度容差（百分点）')
  await user.clear(field)
  await user.type(field, '45')
  await user.tab()
  expect(field).toHaveValue(45)
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(stored()).not.toBe(45)
})
