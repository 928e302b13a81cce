import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { explorePaths, routeOutbound, simulateCall } from '../../src/engine';
import { CallSetupForm } from '../../src/simulator/CallSetupForm';
import { DigitEntry } from '../../src/simulator/DigitEntry';
import { Keypad } from '../../src/simulator/Keypad';
import { OutboundPad } from '../../src/simulator/OutboundPad';
import { PathList } from '../../src/simulator/PathList';
import { RingControls } from '../../src/simulator/RingControls';
import { Timeline } from '../../src/simulator/Timeline';
import { nodeLabel } from '../../src/simulator/describe';
import { defaultSetup } from '../../src/simulator/setup';
import type { CallSetup } from '../../src/simulator/setup';
import { demo, hotline, NIGHT_AT, OPEN_AT, workspace } from './simFixtures';

/** The simulator's presentational parts, each from the demo fixture. */
const meta = {
  title: 'Simulator/Parts',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const dial101 = demo.scenarios.find((s) => s.id === 's-dial-101')!.scenario;

export const KeypadAlone: Story = {
  name: 'Keypad',
  render: () => <Keypad onPress={() => undefined} />,
};

export const KeysAwaited: Story = {
  name: 'Digit entry',
  render: function Render() {
    const [value, setValue] = useState('10');
    return <DigitEntry value={value} onChange={setValue} onSend={() => setValue('')} onNothing={() => undefined} prompt="Welcome waits for keys or an extension" secondsLeft={4} />;
  },
};

export const RatingKeys: Story = {
  name: 'Rating keypad',
  render: () => <Keypad label="Rating" keys={['1', '2', '3', '4', '5']} nameOf={(k) => `Rate ${k}`} onPress={() => undefined} />,
};

export const TimelineOfACall: Story = {
  name: 'Timeline',
  render: () => <Timeline events={simulateCall(demo, dial101).events} nodeName={(id) => nodeLabel(hotline, id)} />,
};

export const TimelineEmpty: Story = {
  name: 'Timeline, no events',
  render: () => <Timeline events={[]} nodeName={(id) => id} />,
};

export const Ringing: Story = {
  name: 'Ring controls',
  render: () => <RingControls parties={[{ key: 'u1', label: 'Anna Pham (101)' }]} ring={2} rings={4} onAnswer={() => undefined} />,
};

export const RingingQueueAll: Story = {
  name: 'Ring controls, a queue ringing all, on hold',
  render: () => (
    <RingControls
      parties={[{ key: 'u1', label: 'Anna Pham (101)' }, { key: 'u2', label: 'Binh Nguyen (102)' }]}
      ring={1} rings={3} onHold="hold music (English)" onAnswer={() => undefined}
    />
  ),
};

export const SetupForm: Story = {
  name: 'Call setup',
  render: function Render() {
    const [setup, setSetup] = useState<CallSetup>({ ...defaultSetup(workspace, OPEN_AT), caller: 'crm', recordId: 'c2' });
    return (
      <CallSetupForm
        setup={setup} onChange={setSetup} number={hotline} workspace={workspace} hoursNote="Open until 12:00."
        picks={[{ label: 'Now', at: OPEN_AT }, { label: 'Outside working hours', at: NIGHT_AT }, { label: 'On a holiday', at: '2027-01-01T03:00:00Z' }]}
      />
    );
  },
};

export const SetupFormInvalidNumber: Story = {
  name: 'Call setup, a number that is not E.164',
  render: () => (
    <CallSetupForm
      setup={{ ...defaultSetup(workspace, OPEN_AT), typed: '0909 000 000', auto: true }} onChange={() => undefined}
      number={demo.numbers.find((n) => n.id === 'office')!} workspace={workspace} hoursNote="Working hours are off." picks={[{ label: 'Now', at: OPEN_AT }, { label: 'On a holiday', at: null, why: 'This number has no holidays' }]}
    />
  ),
};

export const Paths: Story = {
  name: 'Path list',
  render: () => {
    const app = demo.numbers.find((n) => n.id === 'app')!;
    return <PathList project={demo} number={app} paths={explorePaths(demo, 'app').paths} onShow={() => undefined} onSimulate={() => undefined} />;
  },
};

export const Outbound: Story = {
  name: 'Outbound pad, routed',
  render: () => (
    <OutboundPad
      employees={workspace.employees} employeeId="u1" onEmployee={() => undefined} dialed="*10*0901234567;45" onDialed={() => undefined}
      route={routeOutbound(demo, 'u1', '*10*0901234567;45')} numberName={(id) => demo.numbers.find((n) => n.id === id)?.name ?? id}
    />
  ),
};

export const OutboundRefused: Story = {
  name: 'Outbound pad, refused',
  render: () => (
    <OutboundPad
      employees={workspace.employees} employeeId="u3" onEmployee={() => undefined} dialed="*20*0901234567" onDialed={() => undefined}
      route={routeOutbound(demo, 'u3', '*20*0901234567')} numberName={(id) => id}
    />
  ),
};
