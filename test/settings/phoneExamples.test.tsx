import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatPhone } from '../../src/engine';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { AddNumberDialog } from '../../src/settings/numbers/AddNumberDialog';
import { WorkspaceScreen } from '../../src/settings/workspace/WorkspaceScreen';
import { demoProject, renderWithStore } from './helpers';

/** The number a text gives as its example: "such as +84 28 3456 7890" (or a placeholder). */
const exampleIn = (text: string | null | undefined) => /(\+[\d ]+\d)/.exec(text ?? '')?.[1] ?? '';
/** Every phone number of the demo workspace, formatted as the fields show them. */
const demoPhones = () => {
  const p = demoProject();
  return [...p.numbers.map((n) => n.number), ...p.workspace.employees.flatMap((e) => (e.mobile ? [e.mobile] : []))].map(formatPhone);
};

// The examples used to be "+84 28 7123 4567", the demo's own Hotline: following them was refused.
describe('example phone numbers', () => {
  it('Add a phone number: the placeholder and the error give an example the demo does not have, which is then accepted', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<AddNumberDialog existing={demoProject().numbers} onAdd={onAdd} onCancel={() => {}} />);
    const number = screen.getByRole('textbox', { name: 'Phone number' });
    const placeholder = number.getAttribute('placeholder') ?? '';
    expect(demoPhones()).not.toContain(placeholder);
    await user.type(number, '028');
    const example = exampleIn(screen.getByText(/such as/).textContent);
    expect(number).toHaveAccessibleDescription(/such as \+/);
    expect(demoPhones()).not.toContain(example);
    await user.clear(number);
    await user.type(number, example);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Sales');
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it("Backup number: the help's example is not one of the workspace's numbers, and is saved", async () => {
    const { user, number } = await renderWithStore(<NumberSettingsScreen numberId="hotline" />, demoProject());
    const backup = screen.getByRole('textbox', { name: 'Backup number' });
    await user.clear(backup);
    await user.type(backup, '12');
    const example = exampleIn(screen.getByText(/Start with \+/).textContent);
    expect(example).toBe(exampleIn(screen.getByText(/In international format, such as/).textContent));
    expect(demoPhones()).not.toContain(example);
    await user.clear(backup);
    await user.type(backup, example);
    expect(backup).not.toHaveAttribute('aria-invalid');
    expect(formatPhone(number('hotline').settings.backupNumber ?? '')).toBe(example);
  });

  it("an employee's Mobile: the error gives a mobile example the demo does not have, which is saved", async () => {
    const { user, workspace } = await renderWithStore(<WorkspaceScreen />, demoProject());
    const mobile = screen.getByRole('textbox', { name: 'Mobile of Chi Le' });
    await user.type(mobile, '0903');
    expect(mobile).toHaveAccessibleDescription(/such as \+84 9/);
    const example = exampleIn(screen.getByText(/Start with \+/).textContent);
    expect(demoPhones()).not.toContain(example);
    await user.clear(mobile);
    await user.type(mobile, example);
    expect(formatPhone(workspace().employees.find((e) => e.name === 'Chi Le')?.mobile ?? '')).toBe(example);
  });
});
