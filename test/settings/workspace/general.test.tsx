import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkspaceScreen } from '../../../src/settings/workspace/WorkspaceScreen';
import { makeFlow, makeProject } from '../../helpers/factories';
import { renderWithStore } from '../helpers';

describe('Workspace: name, plan, worktime', () => {
  it('saves the name and refuses an empty one', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const name = screen.getByRole('textbox', { name: 'Workspace name' });
    await user.clear(name);
    expect(name).toHaveAccessibleDescription('The workspace name must not be empty.');
    expect(workspace().name).toBe('Test Co');
    await user.type(name, 'Travel Co');
    expect(workspace().name).toBe('Travel Co');
  });

  it('lists what each number loses when the plan goes down', async () => {
    const flow = makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'menu', type: 'ivr', data: { label: 'Main menu', options: [{ digit: '1', label: 'Sales' }] } }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'menu'], ['menu', '1', 'vm'], ['menu', 'timeout', 'vm']],
    );
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject({ flow }));
    expect(screen.getByText(/fit the Professional plan/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plan' }), 'Free');
    expect(workspace().plan).toBe('free');
    const list = screen.getByRole('list', { name: 'What the numbers lose on this plan' });
    expect(within(list).getByText(/Voice menu 'Main menu' needs the Start\+/)).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Hotline' })).toHaveAttribute('href', '/numbers/n1');
  });

  it('switches the worktime module', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    await user.click(screen.getByRole('checkbox', { name: 'Worktime management module' }));
    expect(workspace().worktimeEnabled).toBe(false);
  });
});

describe('Workspace: a saved choice that points at a deleted number', () => {
  it('marks "Default number for outbound calls" invalid and says why under it', async () => {
    await renderWithStore(<WorkspaceScreen />, makeProject({ workspace: { defaultOutboundNumberId: 'gone' } }));
    const select = screen.getByRole('combobox', { name: 'Default number for outbound calls' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(/not one of its numbers/);
  });
});
