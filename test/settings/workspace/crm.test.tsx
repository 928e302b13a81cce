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
