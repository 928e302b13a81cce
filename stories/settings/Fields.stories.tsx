import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { CheckboxField } from '../../src/ui/CheckboxField';
import { PlanLock } from '../../src/ui/PlanLock';
import { TextField } from '../../src/ui/TextField';
import type { Parsed } from '../../src/ui/TextField';

/** The small shared pieces the settings screens are made of: a field validated as typed, a plan lock. */
const meta = {
  title: 'Settings/Fields',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const parseExtension = (t: string): Parsed<string> => (/^\d{1,4}$/.test(t) ? { ok: true, value: t } : { ok: false, message: `An extension is 1–4 digits; '${t}' is not.` });

function ExtensionField({ initial = '101', savedErrors }: { initial?: string; savedErrors?: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <TextField label="Extension" value={value} format={(v) => v} parse={parseExtension} onCommit={setValue} hint="1–4 digits." savedErrors={savedErrors} />
      <p>Saved: {value}</p>
    </>
  );
}

export const FieldValid: Story = { render: () => <ExtensionField /> };

/** Typing a fourth and a fifth digit: refused with the reason; the value from before the edit is saved, not the four digits typed on the way. */
export const FieldInvalidAsTyped: Story = {
  render: () => <ExtensionField />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Extension' }), '23');
    await expect(canvas.getByRole('textbox', { name: 'Extension' })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('Saved: 101')).toBeInTheDocument();
  },
};

/** A saved value that validation rejects (from an import). */
export const FieldSavedError: Story = {
  render: () => <ExtensionField initial="12345" savedErrors={["Employee 'Anna' has extension 12345: extensions are 1–4 digits."]} />,
};

export const Locked: Story = {
  render: () => (
    <CheckboxField
      label="Let callers rate the quality of service after the call"
      checked={false}
      disabled
      onChange={() => undefined}
      description={<PlanLock feature="Call rating" plans={['Start+', 'CRM+', 'Standard', 'Professional']} current="Free" />}
    />
  ),
};
