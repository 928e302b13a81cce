import type { Meta, StoryObj } from '@storybook/react-vite';
import { DesignerScreen } from '../../src/designer/DesignerScreen';
import { createProjectStore } from '../../src/store';
import type { ProjectStore } from '../../src/store';
import { StoreProvider } from '../../src/store/react';
import { demo } from './storyFixtures';

let opened = 0;
/** A store of its own per story, seeded with the demo workspace, in a database nobody else uses. */
async function demoStore(): Promise<{ store: ProjectStore }> {
  opened += 1;
  const store = createProjectStore({
    name: `designer-story-${opened}-${Math.random().toString(36).slice(2)}`,
    seed: async () => structuredClone(demo),
    lifecycleTarget: null,
    watchOtherTabs: false,
  });
  await store.ready();
  return { store };
}

/** The whole designer screen over a real store: edit, undo, publish. */
const meta = {
  title: 'Designer/DesignerScreen',
  component: DesignerScreen,
  loaders: [demoStore],
  render: (args, { loaded }) => (
    <StoreProvider store={(loaded as { store: ProjectStore }).store}>
      <div style={{ width: '100%', minWidth: 1100, height: 760 }}>
        <DesignerScreen {...args} />
      </div>
    </StoreProvider>
  ),
} satisfies Meta<typeof DesignerScreen>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Hotline: Story = { args: { numberId: 'hotline' } };
export const OfficePbx: Story = { args: { numberId: 'office' } };
export const WithSimulatorHighlight: Story = {
  args: {
    numberId: 'hotline',
    highlight: { activeNodeId: 'greet', travelledEdgeIds: [], ringing: null },
    aside: <p style={{ padding: 12 }}>The simulator sits here.</p>,
  },
};
