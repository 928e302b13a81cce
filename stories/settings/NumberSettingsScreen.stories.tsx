import type { Meta, StoryObj } from '@storybook/react-vite';
import { ClockProvider } from '../../src/ui/clock';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { StoreProvider } from '../../src/store/react';
import type { ProjectStore } from '../../src/store';
import { demo, onPlan, smallOffice, STORY_NOW, storyStore } from './settingsHarness';

/** The whole number settings page, wired to a real store seeded from the fixtures. */
const meta = {
  title: 'Settings/NumberSettingsScreen',
  component: NumberSettingsScreen,
  args: { numberId: 'hotline' },
  loaders: [async () => ({ store: await storyStore(demo) })],
  render: (args, { loaded }) => (
    <StoreProvider store={loaded.store as ProjectStore}>
      <ClockProvider now={STORY_NOW}><NumberSettingsScreen {...args} /></ClockProvider>
    </StoreProvider>
  ),
} satisfies Meta<typeof NumberSettingsScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const DemoHotline: Story = {};

export const DemoOfficePbx: Story = { args: { numberId: 'office' } };

/** The demo on the Free plan: locks on lead source, rating, outbound; the flow's voice menu is an error. */
export const DemoOnFreePlan: Story = {
  loaders: [async () => ({ store: await storyStore(onPlan(demo, 'free')) })],
};

export const SmallOffice: Story = {
  args: { numberId: 'main' },
  loaders: [async () => ({ store: await storyStore(smallOffice) })],
};
