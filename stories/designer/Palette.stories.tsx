import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Palette } from '../../src/designer/Palette';
import { paletteItems } from '../../src/designer/palette';
import { hotline } from './storyFixtures';

/** The node kinds to add. Kinds the plan or connection lacks are locked, with the reason. */
const meta = {
  title: 'Designer/Palette',
  component: Palette,
  args: { onAdd: fn(), items: paletteItems('standard', 'rented', hotline.flow) },
  decorators: [(Story) => <div style={{ width: 220 }}><Story /></div>],
} satisfies Meta<typeof Palette>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Standard plan, rented number: everything but the SIP node and a second inbound node. */
export const StandardPlan: Story = {};
/** Free plan: voice menus locked too. */
export const FreePlan: Story = { args: { items: paletteItems('free', 'rented', hotline.flow) } };
/** A SIP PBX connection on a Professional plan: everything unlocked. */
export const SipOfficeProfessional: Story = { args: { items: paletteItems('professional', 'sip_office', { nodes: [] }) } };
