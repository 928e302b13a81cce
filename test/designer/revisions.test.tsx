import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFlow, makeProject } from '../helpers/factories';
import { createTestDesigner } from './helpers';

describe('revisions', () => {
  it('refuses to publish while the flow has errors, saying why', async () => {
    const user = userEvent.setup();
    const flow = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'm', type: 'ivr' }], [['in', 'next', 'm']]);
    await createTestDesigner(makeProject({ flow, workspace: { plan: 'free' } }));
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Cannot publish: the flow has 1 error/);
    expect(screen.queryByRole('textbox', { name: 'Revision name' })).not.toBeInTheDocument();
  });

  it('publishes under a name, lists it with what changed since, and restores it as an undoable edit', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject());
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    await user.type(screen.getByRole('textbox', { name: 'Revision name' }), 'First');
    await user.click(screen.getByRole('button', { name: 'Publish revision' }));
    const panel = screen.getByRole('region', { name: 'Revisions' });
    expect(await within(panel).findByText('First')).toBeInTheDocument();
    expect(within(panel).getByText(/No changes/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add Hang up' }));
    expect(within(panel).getByText(/1 node added/)).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Restore First' }));
    await within(panel).findByText(/No changes/);
    expect(d.flow().nodes.map((n) => n.type)).toEqual(['incoming', 'voicemail']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(d.flow().nodes.map((n) => n.type)).toEqual(['incoming', 'voicemail', 'hangup']);
  });

  it('says which settings changed since a revision, and asks before a restore replaces them', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject());
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    await user.type(screen.getByRole('textbox', { name: 'Revision name' }), 'Before');
    await user.click(screen.getByRole('button', { name: 'Publish revision' }));
    const panel = screen.getByRole('region', { name: 'Revisions' });
    await within(panel).findByText('Before');
    d.store.updateNumber('n1', (n) => ({ ...n, settings: { ...n.settings, recording: { ...n.settings.recording, recordAll: true }, outbound: { ...n.settings.outbound, prefix: '*11*' } } }));
    expect(await within(panel).findByText('Draft since then: flow unchanged; settings: recording, outbound')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Restore Before' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restore “Before”?' });
    expect(dialog).toHaveTextContent('replacing these settings as they are now: recording, outbound');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(d.number().settings.outbound.prefix).toBe('*11*');

    await user.click(within(panel).getByRole('button', { name: 'Restore Before' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore' }));
    await within(panel).findByText('Draft since then: No changes');
    expect(d.number().settings.outbound.prefix).toBeNull();
    expect(d.number().settings.recording.recordAll).toBe(false);
  });
});
