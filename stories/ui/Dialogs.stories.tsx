import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ConfirmDialog } from '../../src/ui/ConfirmDialog';
import { Dialog } from '../../src/ui/Dialog';
import { Toast } from '../../src/ui/Toast';

/** The shared modal dialog: labelled, focus inside, Escape closes. */
const meta = {
  title: 'UI/Dialog',
  component: Dialog,
  args: {
    title: 'Rename the number',
    onClose: fn(),
    children: <label>Name <input defaultValue="Hotline" /></label>,
    actions: <button type="button" className="primary">Save</button>,
  },
} satisfies Meta<typeof Dialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Basic: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalled();
  },
};

export const Confirm: Story = {
  render: () => (
    <ConfirmDialog
      title="Delete “Hotline”?"
      message="Its call flow, settings and saved scenarios are deleted. You can undo right after."
      confirmLabel="Delete"
      danger
      onConfirm={fn()}
      onCancel={fn()}
    />
  ),
};

export const ToastWithUndo: Story = {
  render: () => (
    <Toast action={{ label: 'Undo', onClick: fn() }} onDismiss={fn()} timeoutMs={null}>Deleted “Hotline”.</Toast>
  ),
};
