import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkspaceScreen } from '../../../src/settings/workspace/WorkspaceScreen';
import { makeFlow, makeProject } from '../../helpers/factories';
import { renderWithStore } from '../helpers';

describe('Workspace: employees', () => {
  it('saves an extension and refuses one that another employee or queue group has', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const ext = screen.getByRole('textbox', { name: 'Extension of Anna' });
    await user.clear(ext);
    await user.type(ext, '110');
    expect(workspace().employees[0]?.extension).toBe('110');
    await user.tab();
    fireEvent.change(ext, { target: { value: '500' } });
    expect(ext).toHaveAccessibleDescription('Extension 500 already belongs to queue group Sales.');
    expect(workspace().employees[0]?.extension).toBe('110');
  });

  it('refuses an extension of another employee, or of more than 4 digits', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const ext = screen.getByRole('textbox', { name: 'Extension of Anna' });
    fireEvent.change(ext, { target: { value: '102' } });
    expect(ext).toHaveAccessibleDescription('Extension 102 already belongs to employee Binh.');
    fireEvent.change(ext, { target: { value: '12345' } });
    expect(ext).toHaveAccessibleDescription(/1–4 digits/);
    await user.click(screen.getByRole('checkbox', { name: 'Worktime management module' }));
    expect(workspace().employees[0]?.extension).toBe('101');
  });

  it('saves a mobile in international format and refuses a local one', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const mobile = screen.getByRole('textbox', { name: 'Mobile of Chi' });
    await user.type(mobile, '0903');
    expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await user.clear(mobile);
    await user.type(mobile, '+84 90 300 0103');
    expect(workspace().employees[2]?.mobile).toBe('+84903000103');
  });

  it('adds an employee, with the cursor in their Name, and sets their status', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    await user.click(screen.getByRole('button', { name: 'Add employee' }));
    expect(workspace().employees).toHaveLength(4);
    // The new row is far from the button: focus goes to its Name, so typing names them at once.
    expect(screen.getByRole('textbox', { name: 'Name of New employee 4' })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of New employee 4' }), 'On a break');
    expect(workspace().employees[3]?.status).toBe('on_break');
  });

  it('warns before removing an employee a flow uses, naming the number and node, the queue groups and the CRM records it changes', async () => {
    const flow = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'ring', type: 'employee', data: { label: 'Ring Binh', employeeId: 'binh' } }], [['in', 'next', 'ring']]);
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject({ flow }));
    await user.click(screen.getByRole('button', { name: 'Remove Binh' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Binh?' });
    expect(within(dialog).getByText("Hotline: Employee 'Ring Binh'")).toBeInTheDocument();
    expect(within(within(dialog).getByRole('list', { name: 'Queue groups they leave' })).getByText('Sales')).toBeInTheDocument();
    expect(within(within(dialog).getByRole('list', { name: 'CRM records left without a responsible person' })).getByText('Acme')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(workspace().employees.map((e) => e.id)).toContain('binh');
    await user.click(screen.getByRole('button', { name: 'Remove Binh' }));
    await user.click(screen.getByRole('button', { name: 'Remove anyway' }));
    const ws = workspace();
    expect(ws.employees.map((e) => e.id)).toEqual(['anna', 'chi']);
    expect(ws.queues[0]?.memberIds).toEqual(['anna']);
    expect(ws.crm.records[0]?.responsibleId).toBeNull();
  });

  it('asks before removing an employee only a queue group uses, and says so', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    await user.click(screen.getByRole('button', { name: 'Remove Anna' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Anna?' });
    expect(within(dialog).queryByRole('list', { name: 'Call flows that use them' })).toBeNull();
    expect(within(dialog).getByRole('list', { name: 'Queue groups they leave' })).toHaveTextContent('Sales');
    await user.click(within(dialog).getByRole('button', { name: 'Remove anyway' }));
    expect(workspace().queues[0]?.memberIds).toEqual(['binh']);
  });

  it('removes an employee nothing uses at once', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    await user.click(screen.getByRole('button', { name: 'Remove Chi' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(workspace().employees.map((e) => e.id)).toEqual(['anna', 'binh']);
    // The last row went: focus is on the row before it, and Undo brings Chi back.
    expect(screen.getByRole('button', { name: 'Remove Binh' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(workspace().employees.map((e) => e.id)).toEqual(['anna', 'binh', 'chi']);
  });

  it('announces what Undo (the button or Ctrl+Z) brought back, in the polite status that said it was removed', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const status = (text: string) => screen.getAllByRole('status').find((el) => el.textContent?.includes(text));
    await user.click(screen.getByRole('button', { name: 'Remove Chi' }));
    const notice = status('Removed “Chi”.');
    expect(notice).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(workspace().employees.map((e) => e.id)).toEqual(['anna', 'binh', 'chi']);
    // The same live region, so that a screen reader reads the change.
    expect(status('Restored “Chi”.')).toBe(notice);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove Binh' }));
    await user.click(screen.getByRole('button', { name: 'Remove anyway' }));
    expect(status('Removed “Binh”.')).toBeDefined();
    await user.keyboard('{Control>}z{/Control}');
    expect(workspace().employees.map((e) => e.id)).toEqual(['anna', 'binh', 'chi']);
    expect(status('Restored “Binh”.')).toBeDefined();
  });

  it('shows what is wrong with a saved value, such as an imported 5-digit extension', async () => {
    const employees = [{ id: 'anna', name: 'Anna', extension: '12345', mobile: null, status: 'working' as const }];
    await renderWithStore(<WorkspaceScreen />, makeProject({ workspace: { employees, queues: [], crm: { records: [], exceptions: [] } } }));
    const ext = screen.getByRole('textbox', { name: 'Extension of Anna' });
    expect(ext).toHaveAttribute('aria-invalid', 'true');
    expect(ext).toHaveAccessibleDescription(/extensions are 1–4 digits/);
  });
});
