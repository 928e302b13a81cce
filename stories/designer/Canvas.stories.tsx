import type { Meta, StoryObj } from '@storybook/react-vite';
import { FlowCanvas } from '../../src/designer/FlowCanvas';
import { validateNumber } from '../../src/engine';
import { CanvasFrame, demo, hotline, workspace } from './storyFixtures';

/** The demo hotline on a read-only canvas, plain and as the simulator lights it. */
const meta = {
  title: 'Designer/Canvas',
  component: FlowCanvas,
  decorators: [(Story) => <CanvasFrame height={640}><Story /></CanvasFrame>],
  args: { flow: hotline.flow, workspace, name: hotline.name, issues: validateNumber(demo, hotline.id) },
} satisfies Meta<typeof FlowCanvas>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Hotline: Story = {};

const travelled = hotline.flow.edges.filter((e) => ['in', 'hours', 'greet'].includes(e.source) && e.sourceHandle !== 'closed' && e.sourceHandle !== 'extensionNoAnswer');
export const SimulatedCall: Story = {
  args: {
    highlight: {
      activeNodeId: 'sales',
      travelledEdgeIds: [...travelled.map((e) => e.id), ...hotline.flow.edges.filter((e) => e.source === 'menu' && e.target === 'sales').map((e) => e.id)],
      ringing: { nodeId: 'sales', text: 'Ringing the Sales team…' },
    },
  },
};
