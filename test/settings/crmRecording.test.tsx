import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';

const screenFor = <NumberSettingsScreen numberId="n1" />;

describe('CRM integration section', () => {
  it('saves when leads are created and the responsible-on-transfer switch', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const crm = screen.getByRole('region', { name: 'CRM integration' });
    await user.selectOptions(within(crm).getByRole('combobox', { name: 'Create a lead for' }), 'Inbound and outbound calls');
    await user.click(within(crm).getByRole('checkbox', { name: /Change the responsible person/ }));
    expect(number('n1').settings.crm).toMatchObject({ createLeadFor: 'all', changeResponsibleOnTransfer: true });
    expect(within(crm).getByRole('link', { name: 'Edit the CRM exception list' })).toHaveAttribute('href', '/workspace#crm-exceptions');
  });

  it('saves a lead source on a plan that has it', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject({ workspace: { plan: 'start_plus' } }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lead source' }), 'WEB');
    expect(number('n1').settings.crm.leadSource).toBe('WEB');
  });

  it('locks the lead source on the Free plan and says which plans unlock it', async () => {
    await renderWithStore(screenFor, makeProject({ workspace: { plan: 'free' } }));
    const source = screen.getByRole('combobox', { name: 'Lead source' });
    expect(source).toBeDisabled();
    expect(source).toHaveAccessibleDescription(/needs the Start\+, CRM\+, Standard or Professional plan; this workspace is on Free/);
  });
});

describe('Recording and rating section', () => {
  it('saves recording, announcement and transcription, with the legal reminder', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const rec = screen.getByRole('region', { name: 'Recording and rating' });
    const all = within(rec).getByRole('checkbox', { name: 'Record all calls' });
    expect(all).toHaveAccessibleDescription(/does not break your company’s policy or the law/);
    await user.click(all);
    await user.click(within(rec).getByRole('checkbox', { name: /This call will be recorded/ }));
    const transcribe = within(rec).getByRole('checkbox', { name: 'Transcribe recordings to text' });
    expect(transcribe).toHaveAccessibleDescription(/paid add-on/);
    await user.click(transcribe);
    expect(number('n1').settings.recording).toEqual({ recordAll: true, announce: true, transcribe: true });
  });

  it("shows this month's usage against the plan's allowance, as the whole workspace's", async () => {
    await renderWithStore(screenFor, makeProject({ workspace: { plan: 'start_plus', usage: { recordings: { month: '2026-11', count: 42 }, queueCursor: {} } } }));
    // The count is the workspace's, not this number's: a brand-new number must not seem to have 42.
    expect(screen.getByText(/Recordings this month, whole workspace: 42 of 500 accessible on the Start\+ plan/)).toBeInTheDocument();
  });

  it("counts last month's recordings as none this month; unlimited plans say so", async () => {
    await renderWithStore(screenFor, makeProject({ workspace: { plan: 'crm_plus', usage: { recordings: { month: '2026-10', count: 42 }, queueCursor: {} } } }));
    expect(screen.getByText(/Recordings this month, whole workspace: 0\. The CRM\+ plan keeps every recording accessible/)).toBeInTheDocument();
  });

  it('locks quality rating on the Project+ plan', async () => {
    await renderWithStore(screenFor, makeProject({ workspace: { plan: 'project_plus' } }));
    const rating = screen.getByRole('checkbox', { name: /rate the quality of service/ });
    expect(rating).toBeDisabled();
    expect(rating).toHaveAccessibleDescription(/Call rating needs the Start\+, CRM\+, Standard or Professional plan; this workspace is on Project\+/);
  });

  it('saves quality rating on a plan that has it', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    await user.click(screen.getByRole('checkbox', { name: /rate the quality of service/ }));
    expect(number('n1').settings.rating.enabled).toBe(true);
  });
});
