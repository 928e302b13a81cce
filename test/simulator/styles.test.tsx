import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withStylesheets } from '../helpers/css';
import { renderPanel } from './helpers';

withStylesheets(['src/app/app.css', 'src/simulator/simulator.css']);

describe('simulator styles', { timeout: 20_000 }, () => {
  it('gives the scenario name the panel\'s whole width, not a narrow box beside Save and Cancel', async () => {
    const { user } = await renderPanel();
    // Down, a call ends at once at the backup number: Save as scenario is offered.
    await user.click(await screen.findByRole('checkbox', { name: /Service unavailable/ }));
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    await user.click(await screen.findByRole('button', { name: 'Save as scenario' }));
    const name = screen.getByRole('textbox', { name: 'Scenario name' });
    // jsdom lays nothing out: the field is stretched by a column of its own (app.css's .field), with no button in it.
    const box = name.parentElement!;
    expect(getComputedStyle(box).display).toBe('flex');
    expect(getComputedStyle(box).flexDirection).toBe('column');
    expect(box).not.toContainElement(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('form', { name: 'Save as scenario' })).toContainElement(screen.getByRole('button', { name: 'Cancel' }));
  });
});
