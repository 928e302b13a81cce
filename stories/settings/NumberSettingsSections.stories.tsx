import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BackupSection } from '../../src/settings/sections/BackupSection';
import { CallbackSection } from '../../src/settings/sections/CallbackSection';
import { CrmSection } from '../../src/settings/sections/CrmSection';
import { ForwardingSection } from '../../src/settings/sections/ForwardingSection';
import { OutboundSection } from '../../src/settings/sections/OutboundSection';
import { RecordingSection } from '../../src/settings/sections/RecordingSection';
import { RoutingSection } from '../../src/settings/sections/RoutingSection';
import { demo, NumberHarness, onPlan, withSettings } from './settingsHarness';

/** The number settings sections, one by one, on the demo workspace's Hotline (interactive, no store). */
const meta = {
  title: 'Settings/Number settings sections',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const free = onPlan(demo, 'free');
const withWorktimeOff = { ...demo, workspace: { ...demo.workspace, worktimeEnabled: false } };

export const Routing: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <RoutingSection {...p} />}</NumberHarness>,
};

/** Worktime module off: the unavailable-users switch is disabled with the reason (here still on, so it can be cleared). */
export const RoutingWithoutWorktime: Story = {
  render: () => (
    <NumberHarness project={withSettings(withWorktimeOff, 'office', (s) => ({ ...s, skipUnavailableUsers: false }))} numberId="office">
      {(p) => <RoutingSection {...p} />}
    </NumberHarness>
  ),
};

/** On Free, the Hotline's voice menu is an error: the summary says so. */
export const RoutingInvalidFlow: Story = {
  render: () => <NumberHarness project={free} numberId="hotline">{(p) => <RoutingSection {...p} />}</NumberHarness>,
};

export const Crm: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <CrmSection {...p} />}</NumberHarness>,
};

export const CrmLeadSourceLocked: Story = {
  render: () => <NumberHarness project={free} numberId="hotline">{(p) => <CrmSection {...p} />}</NumberHarness>,
};

export const Recording: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <RecordingSection {...p} />}</NumberHarness>,
};

/** Free plan with this month's 100 recordings used, and rating locked. */
export const RecordingAllowanceUsedAndRatingLocked: Story = {
  render: () => (
    <NumberHarness
      project={{ ...free, workspace: { ...free.workspace, usage: { ...free.workspace.usage, recordings: { month: '2026-11', count: 100 } } } }}
      numberId="office"
    >
      {(p) => <RecordingSection {...p} />}
    </NumberHarness>
  ),
};

export const Outbound: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <OutboundSection {...p} />}</NumberHarness>,
};

export const OutboundLocked: Story = {
  render: () => <NumberHarness project={free} numberId="app">{(p) => <OutboundSection {...p} />}</NumberHarness>,
};

/** A prefix with a letter is refused, with the reason; a country-code prefix is saved with a warning. */
export const OutboundPrefixInvalid: Story = {
  render: () => <NumberHarness project={demo} numberId="app">{(p) => <OutboundSection {...p} />}</NumberHarness>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const prefix = canvas.getByRole('textbox', { name: 'Outbound prefix' });
    await userEvent.clear(prefix);
    await userEvent.type(prefix, '*1a');
    await expect(prefix).toHaveAttribute('aria-invalid', 'true');
  },
};

export const OutboundCountryCodeWarning: Story = {
  render: () => (
    <NumberHarness project={withSettings(demo, 'app', (s) => ({ ...s, outbound: { ...s.outbound, prefix: '44' } }))} numberId="app">
      {(p) => <OutboundSection {...p} />}
    </NumberHarness>
  ),
};

export const Callback: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <CallbackSection {...p} />}</NumberHarness>,
};

export const CallbackInvalid: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <CallbackSection {...p} />}</NumberHarness>,
  play: async ({ canvasElement }) => {
    const attempts = within(canvasElement).getByRole('spinbutton', { name: 'Redial attempts' });
    await userEvent.clear(attempts);
    await userEvent.type(attempts, '99');
    await expect(attempts).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Backup: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <BackupSection {...p} />}</NumberHarness>,
};

/** A saved backup number that is one of the workspace's own: marked invalid with the reason. */
export const BackupIsOwnNumber: Story = {
  render: () => (
    <NumberHarness project={withSettings(demo, 'hotline', (s) => ({ ...s, backupNumber: demo.numbers[1]?.number ?? null }))} numberId="hotline">
      {(p) => <BackupSection {...p} />}
    </NumberHarness>
  ),
};

export const ForwardingOnPbx: Story = {
  render: () => <NumberHarness project={demo} numberId="office">{(p) => <ForwardingSection {...p} />}</NumberHarness>,
};

export const ForwardingOnRented: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <ForwardingSection {...p} />}</NumberHarness>,
};
