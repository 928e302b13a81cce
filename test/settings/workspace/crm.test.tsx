import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkspaceScreen } from '../../../src/settings/workspace/WorkspaceScreen';
import { demoProject, renderWithStore } from '../helpers';
import { makeProject } from '../../helpers/factories';

describe('Workspace: CRM records and exceptions', () => {
  it('filters records by name or phone', async () => {
    const { user } = await renderWithStore(<WorkspaceScreen />, demoProject());
    const table = screen.getByRole('table', { name: 'CRM records' });
    const all = within(table).getAllByRole('row').length;
    await user.type(screen.getByRole('searchbox', { name: 'Search CRM records' }), 'freight');
    expect(within(table).getAllByRole('row')).toHaveLength(2); // header + Saigon Freight JSC
    await user.clear(screen.getByRole('searchbox', { name: 'Search CRM records' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search CRM records' }), '4155550100');
    expect(within(table).getByRole('textbox', { name: 'Name of Pacific Parts (lead)' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row').length).toBeLessThan(all);
  });

  it('saves phones and refuses one not in international format', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const phones = screen.getByRole('textbox', { name: 'Phones of Acme' });
    await user.clear(phones);
    await user.type(phones, '+1 415 555 0100, +84 28 3822 0001');
    expect(workspace().crm.records[0]?.phones).toEqual(['+14155550100', '+842838220001']);
    await user.tab();
    await user.type(phones, ', 12');
    expect(phones).toHaveAttribute('aria-invalid', 'true');
    expect(workspace().crm.records[0]?.phones).toEqual(['+14155550100', '+842838220001']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Responsible for Acme' }), 'Anna');
    expect(workspace().crm.records[0]?.responsibleId).toBe('anna');
  });

  it('adds to and removes from the exception list', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const list = document.getElementById('crm-exceptions') as HTMLElement;
    const field = within(list).getByRole('textbox', { name: 'Number to add to the exception list' });
    await user.type(field, '+1 415 555 0199');
    expect(field).toHaveAccessibleDescription(/already on the exception list/);
    expect(within(list).getByRole('button', { name: 'Add exception' })).toBeDisabled();
    await user.clear(field);
    await user.type(field, '+84 90 999 0000');
    await user.click(within(list).getByRole('button', { name: 'Add exception' }));
    expect(workspace().crm.exceptions).toEqual(['+14155550199', '+84909990000']);
    expect(within(list).getByRole('textbox', { name: 'Number to add to the exception list' })).toHaveValue('');
    await user.click(within(list).getByRole('button', { name: /Remove exception \+1 415 555 0199/ }));
    expect(workspace().crm.exceptions).toEqual(['+84909990000']);
  });
});

describe('Workspace: editing while searching, removing with Undo', () => {
  it('keeps a record being renamed in view while a search is on, so every key lands', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, demoProject());
    await user.type(screen.getByRole('searchbox', { name: 'Search CRM records' }), 'freight');
    const name = screen.getByRole('textbox', { name: 'Name of Saigon Freight JSC' });
    const id = workspace().crm.records.find((r) => r.name === 'Saigon Freight JSC')!.id;
    await user.clear(name);
    await user.type(name, 'Hai Tr');
    expect(name).toHaveFocus();
    expect(workspace().crm.records.find((r) => r.id === id)!.name).toBe('Hai Tr');
  });

  it('removes a record at once, puts focus on the next Remove button, and Undo (or Ctrl+Z) puts it back', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject({ workspace: { crm: { records: [
      { id: 'a', kind: 'company', name: 'Alpha', phones: [], responsibleId: null },
      { id: 'b', kind: 'company', name: 'Beta', phones: [], responsibleId: null },
    ] } } }));
    await user.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    expect(workspace().crm.records.map((r) => r.name)).toEqual(['Beta']);
    expect(screen.getByRole('button', { name: 'Remove Beta' })).toHaveFocus();
    expect(screen.getByText('Removed “Alpha” from the CRM.')).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(workspace().crm.records.map((r) => r.name)).toEqual(['Alpha', 'Beta']);
    expect(screen.queryByText('Removed “Alpha” from the CRM.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove Beta' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(workspace().crm.records.map((r) => r.name)).toEqual(['Alpha', 'Beta']);
  });

  it('offers Undo only until the next change, which it never takes back', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    await user.click(screen.getByRole('button', { name: 'Remove Acme' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add CRM record' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(workspace().crm.records.map((r) => r.name)).toEqual(['New contact 1']);
  });

  it('adds an exception with Enter and leaves focus in the emptied field for the next one', async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, makeProject());
    const field = () => screen.getByRole('textbox', { name: 'Number to add to the exception list' });
    await user.type(field(), '+84 90 111 2222{Enter}');
    expect(workspace().crm.exceptions).toContain('+84901112222');
    expect(field()).toHaveFocus();
    expect(field()).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Remove exception +84 901 112 222' }));
    expect(workspace().crm.exceptions).not.toContain('+84901112222');
    expect(document.activeElement).not.toBe(document.body);
  });
});
