import type { Meta, StoryObj } from '@storybook/react-vite';
import { Simulator } from '../../src/simulator/Simulator';
import { demoWith, driver, NIGHT_AT, OPEN_AT, WithStore } from './simFixtures';
import type { Project } from '../../src/engine';

type Args = { project?: Project; numberId: string; at: string; serviceAvailable?: boolean };

function SimulatorStory({ project, numberId, at, serviceAvailable = true }: Args) {
  return (
    <WithStore project={project}>
      <Simulator numberId={numberId} initialSpeed="paused" initialSetup={{ caller: 'typed', typed: '+84 90 900 0000', at, serviceAvailable }} />
    </WithStore>
  );
}

/** The simulator panel in each state, driven through its controls from the demo workspace. */
const meta = {
  title: 'Simulator/Panel',
  component: SimulatorStory,
  args: { numberId: 'hotline', at: OPEN_AT },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SimulatorStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Setup: Story = {
  play: async ({ canvasElement }) => {
    await driver(canvasElement).canvas.findByRole('button', { name: 'Start call' }, { timeout: 5_000 });
  },
};

export const AwaitingKeys: Story = {
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.skipUntil(() => d.canvas.queryByRole('button', { name: 'Press nothing' }) !== null);
  },
};

export const TypeAheadDuringGreeting: Story = {
  name: 'Keys during the greeting',
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.skipUntil(() => d.canvas.queryByText(/is playing: keys sent now are read when it ends/) !== null);
  },
};

export const Ringing: Story = {
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.dial('101');
    await d.canvas.findByRole('button', { name: /^Answer \(Anna Pham/ });
  },
};

export const OnHold: Story = {
  name: 'On hold (queue)',
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.dial('500');
    await d.canvas.findByText(/the caller hears hold music/);
  },
};

export const Connected: Story = {
  name: 'Connected, rating prompt',
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.dial('101');
    await d.click(/^Answer \(Anna Pham/);
    await d.canvas.findByRole('heading', { name: 'Connected to Anna Pham' });
  },
};

export const Voicemail: Story = {
  name: 'Outcome: voicemail at night',
  args: { at: NIGHT_AT },
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.skipUntil(() => d.canvas.queryByRole('heading', { name: /Voicemail/ }) !== null);
  },
};

export const Mobile: Story = {
  name: 'Outcome: answered on a mobile',
  args: { numberId: 'app' },
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.skipUntil(() => d.canvas.queryByRole('button', { name: /^No answer \(Binh/ }) !== null);
    await d.click(/^No answer \(Binh/);
    await d.click(/^Answer \(/);
    await d.canvas.findByRole('heading', { name: /mobile/ });
  },
};

export const Dropped: Story = {
  name: 'Outcome: dropped at a dangling handle',
  args: { project: demoWith((p) => { const h = p.numbers[0]!; h.flow.edges = h.flow.edges.filter((e) => !(e.source === 'greet' && e.sourceHandle === 'next')); }) },
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.skipUntil(() => d.canvas.queryByRole('heading', { name: /Dropped/ }) !== null);
  },
};

export const Abandoned: Story = {
  name: 'Outcome: caller hung up',
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.click('Hang up');
    await d.canvas.findByRole('heading', { name: /hung up before anyone answered/ });
  },
};

export const Backup: Story = {
  name: 'Outcome: service down, backup number',
  args: { serviceAvailable: false },
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.canvas.findByRole('heading', { name: /backup number/ });
  },
};

export const Rejected: Story = {
  name: 'Outcome: rejected, number disconnected',
  args: { project: demoWith((p) => { p.numbers[0]!.status = 'disconnected'; }) },
  play: async ({ canvasElement }) => {
    const d = driver(canvasElement);
    await d.start();
    await d.canvas.findByRole('heading', { name: /Rejected/ });
  },
};

export const InvalidFlow: Story = {
  name: 'Invalid flow',
  args: { project: demoWith((p) => { const h = p.numbers[0]!; h.flow.nodes = h.flow.nodes.filter((n) => n.type !== 'incoming'); }) },
  play: async ({ canvasElement }) => {
    await driver(canvasElement).canvas.findByRole('alert');
  },
};
