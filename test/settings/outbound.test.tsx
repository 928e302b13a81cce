import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';

const screenFor = <NumberSettingsScreen numberId="n1" />;
const other = { id: 'n2', kind: 'rented', number: '+842871234999', name: 'Sales line', settings: { outbound: { selectable: true, prefix: '*200*' } } };

describe('Outbound section', () => {
  it('saves a recommended prefix and shows the tips beside it', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject({ number: { settings: { outbound: { selectable: true } } } }));
    const prefix = screen.getByRole('textbox', { name: 'Outbound prefix' });
    await user.type(prefix, '*123*');
    expect(number('n1').settings.outbound.prefix).toBe('*123*');
    expect(prefix).not.toHaveAttribute('aria-invalid');
    const tips = screen.getByRole('complementary', { name: 'Tips for choosing a prefix' });
    expect(within(tips).getByText(/must not start with a country code/)).toBeInTheDocument();
  });

  it('refuses a prefix with other characters, saying why, and keeps the last valid one', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject({ number: { settings: { outbound: { selectable: true, prefix: '*1*' } } } }));
    const prefix = screen.getByRole('textbox', { name: 'Outbound prefix' });
    await user.type(prefix, 'x');
    expect(prefix).toHaveAttribute('aria-invalid', 'true');
    expect(prefix).toHaveAccessibleDescription(/may contain only digits, \* and #/);
    expect(number('n1').settings.outbound.prefix).toBe('*1*');
  });

  it("refuses a prefix that clashes with another number's", async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject({ number: { settings: { outbound: { selectable: true } } }, numbers: [other] }));
    const prefix = screen.getByRole('textbox', { name: 'Outbound prefix' });
    await user.type(prefix, '*200*');
    expect(prefix).toHaveAccessibleDescription(/also the prefix of 'Sales line'/);
    // Every partial prefix (*, *2, *20) also starts *200*, so none was ever valid.
    expect(number('n1').settings.outbound.prefix).toBeNull();
  });

  it('saves a prefix that looks like a country code, with a warning', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const prefix = screen.getByRole('textbox', { name: 'Outbound prefix' });
    await user.type(prefix, '44');
    expect(number('n1').settings.outbound.prefix).toBe('44');
    expect(prefix).toHaveAccessibleDescription(/starts like the country code \+44/);
  });

  it('locks "selectable for outbound" below Start+', async () => {
    await renderWithStore(screenFor, makeProject({ workspace: { plan: 'free' } }));
    const box = screen.getByRole('checkbox', { name: /choose this number for outbound calls/ });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(/needs the Start\+, CRM\+, Standard or Professional plan/);
  });

  it('saves the employees allowed to call through the number, in workspace order', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const list = screen.getByRole('group', { name: 'Employees allowed to call through this number' });
    await user.click(within(list).getByRole('checkbox', { name: /Chi/ }));
    await user.click(within(list).getByRole('checkbox', { name: /Anna/ }));
    expect(number('n1').settings.outbound.allowedEmployeeIds).toEqual(['anna', 'chi']);
  });
});
