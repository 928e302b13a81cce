import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';

const screenFor = <NumberSettingsScreen numberId="n1" />;

describe('Name and phone number', () => {
  it('renames and renumbers the number as typed, refusing a phone number another number has', async () => {
    const project = makeProject({ numbers: [{ id: 'n2', kind: 'rented', number: '+842873001234', name: 'Office' }] });
    const { user, number } = await renderWithStore(screenFor, project);
    const section = screen.getByRole('region', { name: 'Name and phone number' });
    const name = within(section).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    expect(name).toHaveAccessibleDescription(/Enter a name/);
    await user.type(name, 'Sales line');
    expect(number('n1').name).toBe('Sales line');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Settings of Sales line');

    const phone = within(section).getByRole('textbox', { name: 'Phone number' });
    const office = '+84 28 7300 1234';
    await user.clear(phone);
    await user.type(phone, office);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(/already in the workspace as “Office”/);
    expect(number('n1').number).not.toBe('+842873001234');
    await user.clear(phone);
    await user.type(phone, '+84 28 7300 5555');
    expect(number('n1').number).toBe('+842873005555');
  });
});

describe('Missed-call redial section', () => {
  it('saves attempts and delay', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const attempts = screen.getByRole('spinbutton', { name: 'Redial attempts' });
    await user.clear(attempts);
    await user.type(attempts, '3');
    const delay = screen.getByRole('spinbutton', { name: 'Delay between attempts (seconds)' });
    await user.clear(delay);
    await user.type(delay, '120');
    expect(number('n1').settings.callback).toEqual({ attempts: 3, delaySeconds: 120 });
    expect(screen.getByText('A missed call is redialled 3 times, 120 s apart.')).toBeInTheDocument();
  });

  it('refuses more than 10 attempts, keeping the value from before the edit (not the "1" typed on the way to "12")', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const attempts = screen.getByRole('spinbutton', { name: 'Redial attempts' });
    const before = number('n1').settings.callback.attempts;
    await user.clear(attempts);
    await user.type(attempts, '12');
    expect(attempts).toHaveAttribute('aria-invalid', 'true');
    expect(attempts).toHaveAccessibleDescription(/from 0 to 10; 12 is out of range/);
    expect(number('n1').settings.callback.attempts).toBe(before);
    // The text stays as typed, to be corrected.
    expect(attempts).toHaveValue(12);
  });
});

describe('Backup number section', () => {
  it('saves a number typed with spaces as E.164', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.type(screen.getByRole('textbox', { name: 'Backup number' }), '+84 90 123 4567');
    expect(number('n1').settings.backupNumber).toBe('+84901234567');
  });

  it('refuses a number without a country code', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const field = screen.getByRole('textbox', { name: 'Backup number' });
    await user.type(field, '0901234567');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Start with \+ and the country code/);
    expect(number('n1').settings.backupNumber).toBeNull();
  });

  it("refuses one of the workspace's own numbers", async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const field = screen.getByRole('textbox', { name: 'Backup number' });
    await user.type(field, '+842871234567');
    expect(field).toHaveAccessibleDescription(/this workspace's own number/);
    expect(number('n1').settings.backupNumber).not.toBe('+842871234567');
  });
});

describe('Saved values that are wrong', () => {
  it("marks a saved backup number that is the workspace's own", async () => {
    await renderWithStore(screenFor, makeProject({ number: { settings: { backupNumber: '+842871234567' } } }));
    const field = screen.getByRole('textbox', { name: 'Backup number' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/this workspace's own number/);
  });
});

describe('Forwarding connection section', () => {
  it('offers no choice on a rented number', async () => {
    await renderWithStore(screenFor, makeProject());
    const section = screen.getByRole('region', { name: 'Forwarding connection' });
    expect(within(section).queryByRole('combobox')).toBeNull();
    expect(within(section).getByText(/Only SIP PBX and app connections/)).toBeInTheDocument();
  });

  it('saves another connection for a SIP PBX number', async () => {
    const project = makeProject({
      number: { kind: 'sip_office' },
      numbers: [{ id: 'n2', kind: 'rented', number: '+842871234999', name: 'Trunk' }],
    });
    const { user, number } = await renderWithStore(screenFor, project);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Forward calls through' }), 'n2');
    expect(number('n1').settings.forwardViaNumberId).toBe('n2');
  });
});
