import type { Meta, StoryObj } from '@storybook/react-vite';
import { simulateCall } from '../../src/engine';
import type { SavedScenario } from '../../src/engine';
import { CoverageReport } from '../../src/simulator/CoverageReport';
import { OutcomeCard } from '../../src/simulator/OutcomeCard';
import { ScenarioList } from '../../src/simulator/ScenarioList';
import { coverageOf } from '../../src/simulator/coverage';
import { outcomeDetails, outcomeHeadline } from '../../src/simulator/describe';
import { runScenario, savedLogOf } from '../../src/simulator/scenarioRun';
import { demo, hotline, workspace } from './simFixtures';

/** Outcome cards, the scenario list and coverage, from the demo fixture's scenarios. */
const meta = {
  title: 'Simulator/Results',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const dial101 = demo.scenarios.find((s) => s.id === 's-dial-101')!;
const night = demo.scenarios.find((s) => s.id === 's-after-hours')!;
// Saved when extension 102 was dialled: its call log shows where today's call goes otherwise.
const broken: SavedScenario = {
  ...dial101, id: 's-broken', name: 'Expects Binh (fails)',
  log: savedLogOf(demo, { scenario: { ...dial101.scenario, digits: ['102'] } }),
  expect: { outcome: { kind: 'connected', employeeId: 'u2' }, path: ['in', 'hours', 'greet'] },
};

function card(scenario: SavedScenario['scenario'], extra: Partial<Parameters<typeof OutcomeCard>[0]> = {}) {
  const result = simulateCall(demo, scenario);
  return <OutcomeCard headline={outcomeHeadline(demo, scenario.numberId, result.outcome)} details={outcomeDetails(result, demo.numbers.find((n) => n.id === scenario.numberId)!)} {...extra} />;
}

export const Connected: Story = {
  name: 'Outcome: connected, rating prompt and transfer',
  render: () => card(dial101.scenario, { onRate: () => undefined, transfer: { employees: workspace.employees, onTransfer: () => undefined } }),
};

export const Voicemail: Story = {
  name: 'Outcome: voicemail, callbacks',
  render: () => card(night.scenario),
};

export const Transferred: Story = {
  name: 'Outcome: after a transfer',
  render: () => card({ ...dial101.scenario, rating: 5 }, { transfer: { employees: workspace.employees, onTransfer: () => undefined }, notices: ['Transferred to Binh Nguyen.', 'Lead +84 909 000 000 is now Binh Nguyen\'s in the CRM.'] }),
};

export const LeadNotAdded: Story = {
  name: 'Outcome: a lead created, not yet in the CRM',
  render: () => card({ ...dial101.scenario, rating: 5 }, {
    onAddLead: () => undefined,
    transfer: { employees: workspace.employees, onTransfer: () => undefined },
    notices: ['Transferred to Binh Nguyen.', 'If you add the caller\'s lead to the CRM, Binh Nguyen will be responsible.'],
  }),
};

export const Scenarios: Story = {
  name: 'Scenario list with a pass and a failure',
  render: () => {
    const list = [dial101, night, broken];
    const verdicts = new Map(list.map((s) => [s.id, runScenario(demo, s)] as const));
    return <ScenarioList project={demo} number={hotline} scenarios={list} verdicts={verdicts} onRun={() => undefined} onDelete={() => undefined} onRename={() => undefined} />;
  },
};

export const NoScenarios: Story = {
  name: 'Scenario list, empty',
  render: () => <ScenarioList project={demo} number={hotline} scenarios={[]} verdicts={new Map()} onRun={() => undefined} onDelete={() => undefined} onRename={() => undefined} />,
};

export const Coverage: Story = {
  name: 'Coverage of the saved scenarios',
  render: () => <CoverageReport number={hotline} coverage={coverageOf(hotline, [dial101, night].map((s) => simulateCall(demo, s.scenario)))} scenarios={2} />,
};
