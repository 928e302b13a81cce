import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DisconnectSection } from '../../src/settings/disconnect/DisconnectSection';
import { HoldMusicSection } from '../../src/settings/holdMusic/HoldMusicSection';
import { HoursSection } from '../../src/settings/hours/HoursSection';
import { demo, NumberHarness, withNumber, withSettings } from './settingsHarness';

/** Working hours (with the live preview), hold music and the disconnect lifecycle, on the demo's Hotline. */
const meta = {
  title: 'Settings/Hours, hold music and disconnect',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const HoursOpenNow: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <HoursSection {...p} />}</NumberHarness>,
};

/** 2 September (a holiday in the demo), at 10:00 local time. */
export const HoursClosedOnHoliday: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline" now="2026-09-02T03:00:00Z">{(p) => <HoursSection {...p} />}</NumberHarness>,
};

/** A time zone that is not one, typed: refused with the reason; the saved zone stays. */
export const HoursInvalidTimezone: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <HoursSection {...p} />}</NumberHarness>,
  play: async ({ canvasElement }) => {
    const zone = within(canvasElement).getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Saigon');
    await expect(zone).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Saved data from an import: overlapping intervals and a holiday that is no date. */
export const HoursSavedErrors: Story = {
  render: () => (
    <NumberHarness
      project={withSettings(demo, 'hotline', (s) => ({
        ...s, hours: { ...s.hours, week: { ...s.hours.week, mon: [['08:00', '12:00'], ['11:00', '17:00']] }, holidays: ['31.02'] },
      }))}
      numberId="hotline"
    >
      {(p) => <HoursSection {...p} />}
    </NumberHarness>
  ),
};

export const HoldMusicBuiltIn: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <HoldMusicSection {...p} />}</NumberHarness>,
};

/** An uploaded file whose audio is not in this browser's storage (as after importing on another machine). */
export const HoldMusicUploaded: Story = {
  render: () => (
    <NumberHarness
      project={withSettings(demo, 'hotline', (s) => ({ ...s, holdMusic: { kind: 'upload', fileName: 'acme-hold.mp3', sizeBytes: 812_345, channels: 1, assetId: 'a1' } }))}
      numberId="hotline"
    >
      {(p) => <HoldMusicSection {...p} />}
    </NumberHarness>
  ),
};

/** A stereo MP3 refused: the alert says it must be mono. */
export const HoldMusicRefusedStereo: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <HoldMusicSection {...p} />}</NumberHarness>,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frame = new Uint8Array(417 * 3);
    for (let f = 0; f < 3; f++) frame.set([0xff, 0xfb, 0x90, 0x04], f * 417);
    await userEvent.upload(canvas.getByLabelText('Upload hold music'), new File([frame], 'song.mp3', { type: 'audio/mpeg' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/must be mono/);
  },
};

export const DisconnectActive: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <DisconnectSection {...p} />}</NumberHarness>,
};

export const DisconnectConfirm: Story = {
  render: () => <NumberHarness project={demo} numberId="hotline">{(p) => <DisconnectSection {...p} />}</NumberHarness>,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Disconnect this number…' }));
    await expect(within(canvasElement.ownerDocument.body).getByRole('alertdialog')).toBeInTheDocument();
  },
};

const pending = withNumber(demo, 'hotline', (n) => ({ ...n, status: 'disconnect_pending', disconnectRequestedAt: '2026-11-26T00:30:00Z' }));

/** Requested 2 h 30 min ago: the time left and Undo. */
export const DisconnectPending: Story = {
  render: () => <NumberHarness project={pending} numberId="hotline">{(p) => <DisconnectSection {...p} />}</NumberHarness>,
};

const disconnected = withNumber(demo, 'hotline', (n) => ({ ...n, status: 'disconnected', disconnectedAt: '2026-11-01T00:00:00Z' }));

/** Disconnected this month: Reconnect is disabled and says from when. */
export const DisconnectedWaiting: Story = {
  render: () => <NumberHarness project={disconnected} numberId="hotline">{(p) => <DisconnectSection {...p} />}</NumberHarness>,
};

export const DisconnectedReconnectable: Story = {
  render: () => <NumberHarness project={disconnected} numberId="hotline" now="2027-02-02T00:00:00Z">{(p) => <DisconnectSection {...p} />}</NumberHarness>,
};

export const DisconnectOnPbx: Story = {
  render: () => <NumberHarness project={demo} numberId="office">{(p) => <DisconnectSection {...p} />}</NumberHarness>,
};
