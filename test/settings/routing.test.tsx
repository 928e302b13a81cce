import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { NumberSettingsView } from '../../src/settings/NumberSettingsView';
import { makeFlow, makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('Inbound routing section', () => {
  it('summarises the flow by node kind and links to the designer', async () => {
    const flow = makeFlow(
      [{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { queueId: 'sales' } }, { id: 'vm', type: 'voicemail' }],
      [['in', 'next', 'q'], ['q', 'noAnswer', 'vm']],
    );
    await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject({ flow }));
    const routing = section('Inbound routing');
    expect(within(routing).getByText(/3 nodes and 2 connections/)).toBeInTheDocument();
    expect(within(routing).getByText('Valid')).toBeInTheDocument();
    const kinds = within(routing).getByRole('list', { name: 'Nodes by kind' });
    expect(within(kinds).getAllByRole('listitem')).toHaveLength(3);
    expect(within(routing).getByRole('link', { name: 'Edit the call flow in the designer' })).toHaveAttribute('href', '/numbers/n1');
  });

  it('shows the number of errors when the flow is invalid', async () => {
    await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject({ flow: makeFlow([{ id: 'vm', type: 'voicemail' }]) }));
    expect(within(section('Inbound routing')).getByText(/\d+ errors?/)).toBeInTheDocument();
  });

  it('lists what its error count is about, a setting\'s problem included', async () => {
    await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject({ number: { kind: 'app', settings: { forwardViaNumberId: 'gone' } } }));
    const problems = within(section('Inbound routing')).getByRole('list', { name: 'Problems with this number' });
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toContainEqual(expect.stringMatching(/^Error: The forwarding connection \(gone\) is not one of this workspace's numbers/));
  });

  it('saves "do not route to unavailable users"', async () => {
    const { user, number } = await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject());
    const box = screen.getByRole('checkbox', { name: /Do not route calls to users who have not started/ });
    await user.click(box);
    expect(number('n1').settings.skipUnavailableUsers).toBe(true);
  });

  it('disables it, saying why, while the worktime module is off', async () => {
    await renderWithStore(<NumberSettingsScreen numberId="n1" />, makeProject({ workspace: { worktimeEnabled: false } }));
    const box = screen.getByRole('checkbox', { name: /Do not route calls to users who have not started/ });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(/worktime management module, which is off/);
  });
});

describe('the page head', () => {
  it('says changes are saved as they are made, and, while another tab\'s save is in conflict, that they wait for the choice', async () => {
    const project = makeProject();
    const number = project.numbers[0]!;
    const props = { number, project, issues: [], onChange: () => undefined, onNumberChange: () => undefined, assets: { putAsset: async () => 'a', getAsset: async () => undefined, releaseAsset: async () => undefined } as never };
    const { view } = await renderWithStore(<NumberSettingsView {...props} />, project);
    expect(screen.getByText(/changes are saved as you make them\./)).toBeInTheDocument();
    view.rerender(<MemoryRouter><NumberSettingsView {...props} inConflict /></MemoryRouter>);
    expect(screen.getByText(/saved once you choose in the notice above/)).toBeInTheDocument();
    expect(screen.queryByText(/changes are saved as you make them/)).toBeNull();
  });
});
