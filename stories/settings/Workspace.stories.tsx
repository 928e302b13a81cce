import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CrmSection } from '../../src/settings/workspace/CrmSection';
import { EmployeesSection } from '../../src/settings/workspace/EmployeesSection';
import { GeneralSection } from '../../src/settings/workspace/GeneralSection';
import { QueuesSection } from '../../src/settings/workspace/QueuesSection';
import { WorkspaceScreen, WorkspaceView } from '../../src/settings/workspace/WorkspaceScreen';
import { StoreProvider } from '../../src/store/react';
import type { ProjectStore } from '../../src/store';
import { demo, onPlan, smallOffice, storyStore, WorkspaceHarness } from './settingsHarness';

/** The workspace editors: plan and worktime, employees, queue groups, CRM. */
const meta = {
  title: 'Settings/Workspace',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const General: Story = {
  render: () => <WorkspaceHarness project={demo}>{(p) => <GeneralSection {...p} />}</WorkspaceHarness>,
};

/** On Free: the list of what each number loses. */
export const PlanDowngradeLosses: Story = {
  render: () => <WorkspaceHarness project={onPlan(demo, 'free')}>{(p) => <GeneralSection {...p} />}</WorkspaceHarness>,
};

export const Employees: Story = {
  render: () => <WorkspaceHarness project={demo}>{(p) => <EmployeesSection {...p} />}</WorkspaceHarness>,
};

/** An extension another employee has is refused with the reason. */
export const EmployeesDuplicateExtension: Story = {
  render: () => <WorkspaceHarness project={demo}>{(p) => <EmployeesSection {...p} />}</WorkspaceHarness>,
  play: async ({ canvasElement }) => {
    const ext = within(canvasElement).getByRole('textbox', { name: 'Extension of Anna Pham' });
    await userEvent.clear(ext);
    await userEvent.type(ext, '102');
    await expect(ext).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Removing an employee the flows use asks first and names the nodes. */
export const EmployeeRemovalWarning: Story = {
  render: () => <WorkspaceHarness project={demo}>{(p) => <EmployeesSection {...p} />}</WorkspaceHarness>,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Remove Binh Nguyen' }));
    await expect(within(canvasElement.ownerDocument.body).getByRole('alertdialog')).toBeInTheDocument();
  },
};

export const QueueGroups: Story = {
  render: () => <WorkspaceHarness project={demo}>{(p) => <QueuesSection {...p} />}</WorkspaceHarness>,
};

/** On Free, ringing all members at once is locked. */
export const QueueGroupsLocked: Story = {
  render: () => <WorkspaceHarness project={onPlan(demo, 'free')}>{(p) => <QueuesSection {...p} />}</WorkspaceHarness>,
};

export const Crm: Story = {
  render: () => <WorkspaceHarness project={demo}>{(p) => <CrmSection {...p} />}</WorkspaceHarness>,
};

export const CrmSearch: Story = {
  render: () => <WorkspaceHarness project={demo}>{(p) => <CrmSection {...p} />}</WorkspaceHarness>,
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByRole('searchbox', { name: 'Search CRM records' }), 'lead');
    await expect(within(canvasElement).getByText(/records match/)).toBeInTheDocument();
  },
};

export const WholePageSmallOffice: Story = {
  render: () => <WorkspaceHarness project={smallOffice}>{(p) => <WorkspaceView {...p} />}</WorkspaceHarness>,
};

/** The page wired to a real store (what `/workspace` mounts). */
export const WithStore: Story = {
  loaders: [async () => ({ store: await storyStore(demo) })],
  render: (_args, { loaded }) => <StoreProvider store={loaded.store as ProjectStore}><WorkspaceScreen /></StoreProvider>,
};
