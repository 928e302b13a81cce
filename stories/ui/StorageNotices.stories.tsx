import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { StorageBanner } from '../../src/ui/StorageBanner';
import { ConflictNotice } from '../../src/ui/ConflictNotice';
import { QuarantineNotice } from '../../src/ui/QuarantineNotice';

/** What the shell shows when saving fails, one story per reason the store reports. */
const meta = {
  title: 'UI/StorageBanner',
  component: StorageBanner,
  args: {
    reason: 'quota',
    message: 'The browser has no room left to save your work. Your edits are kept in this tab only — export them to keep them.',
    onExport: fn(),
  },
} satisfies Meta<typeof StorageBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Quota: Story = {};
export const Unavailable: Story = {
  args: { reason: 'unavailable', message: 'This browser does not let the app save (storage is off, or this is a private window). Your edits are kept in this tab only — export them to keep them.' },
};
export const Blocked: Story = {
  args: { reason: 'blocked', message: 'A newer version of the app was opened in another tab; reload this tab after exporting.' },
};
export const Unknown: Story = { args: { reason: 'unknown', message: 'Saving failed.' } };

/** Another tab saved the same flow while this one had unsaved edits. */
export const Conflict: Story = {
  render: () => <ConflictNotice numberName="Hotline" onReloadTheirs={fn()} onKeepMine={fn()} />,
};

/** Stored documents that failed to load were set aside; the user is told which. */
export const Quarantined: Story = {
  render: () => (
    <QuarantineNotice
      items={[
        { table: 'numbers', key: 'fax-line', issues: [{ path: 'numbers[0].kind', message: 'Invalid option: expected one of "rented"|"sip_office"|"sip_cloud"|"app"' }] },
        { table: 'scenarios', key: 'old-call', issues: [{ path: 'scenarios[0].scenario.at', message: 'must be an ISO 8601 date and time' }] },
      ]}
    />
  ),
};
