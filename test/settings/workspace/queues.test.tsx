import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkspaceScreen } from '../../../src/settings/workspace/WorkspaceScreen';
import { makeFlow, makeProject } from '../../helpers/factories';
import { renderWithStore } from '../helpers';

const withChi = () => makeProject({ workspace: { queues: [{ id: 'sales', name: 'Sales', extension: '500', memberIds: ['anna', 'binh', 'chi'], distribution: 'in_order', rings: 3 }] } });

describe('Workspace: queue groups', () => {
  it('keeps focus on the button pressed while members move, on the other one at the end, and near a removed member', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, withChi());
    screen.getByRole('button', { name: 'Move up Chi' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Move up Chi' })).toHaveFocus();
    await user.keyboard('{Enter}');
    // Chi is first now: Move up is off, and focus is on Move down.
    expect(workspace().queues[0]!.memberIds).toEqual(['chi', 'anna', 'binh']);
    expect(screen.getByRole('button', { name: 'Move down Chi' })).toHaveFocus();
    screen.getByRole('button', { name: 'Remove Anna from Sales' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Binh from Sales' })).toHaveFocus();
    // Undo puts the member back where they were.
    expect(screen.getByText('Removed Anna from Sales.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(workspace().queues[0]!.memberIds).toEqual(['chi', 'anna', 'binh']);
  });


  it('reorders members with Move up and Move down', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, withChi());
    await user.click(screen.getByRole('button', { name: 'Move up Chi' }));
    expect(workspace().queues[0]?.memberIds).toEqual(['anna', 'chi', 'binh']);
    await user.click(screen.getByRole('button', { name: 'Move down Anna' }));
    expect(workspace().queues[0]?.memberIds).toEqual(['chi', 'anna', 'binh']);
    expect(screen.getByRole('button', { name: 'Move up Chi' })).toBeDisabled();
  });

  it('reorders members by drag and drop', async () => {
    const { workspace } = await renderWithStore(<WorkspaceScreen />, withChi());
    const items = within(screen.getByRole('list', { name: 'Members of Sales' })).getAllByRole('listitem');
    fireEvent.dragStart(items[2] as HTMLElement);
    fireEvent.dragOver(items[0] as HTMLElement);
    fireEvent.drop(items[0] as HTMLElement);
    expect(workspace().queues[0]?.memberIds).toEqual(['chi', 'anna', 'binh']);
  });

  it('shows rings with their seconds and saves them', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, withChi());
    const rings = screen.getByRole('combobox', { name: 'Rings per member in Sales' });
    expect(within(rings).getByRole('option', { name: '3 rings = 15 s' })).toBeInTheDocument();
    await user.selectOptions(rings, '5 rings = 25 s');
    expect(workspace().queues[0]?.rings).toBe(5);
  });

  it("locks 'all at once' on the Free plan and saves it on Project+", async () => {
    await renderWithStore(<WorkspaceScreen />, makeProject({ workspace: { plan: 'free' } }));
    const dist = screen.getByRole('combobox', { name: 'Distribution of Sales' });
    expect(within(dist).getByRole('option', { name: 'All at once' })).toBeDisabled();
    expect(dist).toHaveAccessibleDescription(/needs the Project\+, Start\+, CRM\+, Standard or Professional plan/);
  });

  it('adds a member and a group, and refuses a group extension an employee has', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a member to Sales' }), 'Chi');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    expect(workspace().queues[0]?.memberIds).toEqual(['anna', 'binh', 'chi']);
    await user.click(screen.getByRole('button', { name: 'Add queue group' }));
    // The new card is below the others: the cursor is in its Name, ready to type.
    expect(screen.getByRole('textbox', { name: 'Name of queue group Queue group 2' })).toHaveFocus();
    const ext = screen.getByRole('textbox', { name: 'Extension of queue group Queue group 2' });
    await user.type(ext, '101');
    expect(ext).toHaveAccessibleDescription(/already belongs to employee Anna/);
    // Neither the refused 101 nor the 10 typed on the way: the group keeps no extension, as before the edit.
    expect(workspace().queues[1]?.extension ?? null).toBeNull();
  });

  it("labels a card's fields with short words that do not change as the name is typed, each field still named for its group", async () => {
    const { user } = await renderWithStore(<WorkspaceScreen />, withChi());
    const card = screen.getByRole('article', { name: 'Queue group Sales' });
    const visible = () => ['Name', 'Extension', 'Distribution', 'Rings per member'].map((w) => within(card).getByText(w, { exact: true }));
    expect(visible()).toHaveLength(4);
    const name = within(card).getByRole('textbox', { name: 'Name of queue group Sales' });
    await user.type(name, ' team');
    const renamed = screen.getByRole('article', { name: 'Queue group Sales team' });
    expect(within(renamed).getByRole('textbox', { name: 'Extension of queue group Sales team' })).toBeInTheDocument();
    expect(within(renamed).getByRole('combobox', { name: 'Rings per member in Sales team' })).toBeInTheDocument();
    expect(within(renamed).getByText('Name', { exact: true })).toBeInTheDocument();
  });

  it('announces what Undo brought back after a queue group was deleted', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, withChi());
    await user.click(screen.getByRole('button', { name: 'Delete queue group Sales' }));
    expect(workspace().queues).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(workspace().queues.map((q) => q.id)).toEqual(['sales']);
    expect(screen.getAllByRole('status').some((el) => el.textContent?.includes('Restored queue group “Sales”.'))).toBe(true);
  });

  it('warns before deleting a group a flow rings', async () => {
    const flow = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { label: 'Sales line', queueId: 'sales' } }], [['in', 'next', 'q']]);
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject({ flow }));
    await user.click(screen.getByRole('button', { name: 'Delete queue group Sales' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent("Hotline: Queue group 'Sales line'");
    await user.click(screen.getByRole('button', { name: 'Delete anyway' }));
    expect(workspace().queues).toEqual([]);
  });
});
