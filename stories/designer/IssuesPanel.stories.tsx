import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { IssuesPanel } from '../../src/designer/IssuesPanel';
import { validateNumber } from '../../src/engine';
import { demo, hotline } from './storyFixtures';

// The demo hotline on a Free plan, with a handle left unwired: errors, warnings and a settings issue.
const broken = {
  ...demo,
  workspace: { ...demo.workspace, plan: 'free' as const },
  numbers: demo.numbers.map((n) => (n.id === hotline.id
    ? { ...n, flow: { ...n.flow, edges: n.flow.edges.filter((e) => e.source !== 'owner') }, settings: { ...n.settings, rating: { enabled: true } } }
    : n)),
};

/** Live validation results; clicking one takes the user to the node or the setting. */
const meta = {
  title: 'Designer/IssuesPanel',
  component: IssuesPanel,
  args: { numberId: hotline.id, onShowIssue: fn(), issues: validateNumber(broken, hotline.id) },
  decorators: [(Story) => <div style={{ maxWidth: 380, padding: 12 }}><Story /></div>],
} satisfies Meta<typeof IssuesPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithIssues: Story = {};
export const NoIssues: Story = { args: { issues: validateNumber(demo, hotline.id) } };
/** Right after a flow opens: the canvas is up, its first check runs in the next render. */
export const Checking: Story = {
  args: { issues: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Issues (checking…)' })).toBeInTheDocument();
    await expect(canvas.getByText('Checking the flow…')).toBeInTheDocument();
  },
};
