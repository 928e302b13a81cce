import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NumberSettingsScreen } from '../../src/settings/NumberSettingsScreen';
import { makeProject } from '../helpers/factories';
import { renderWithStore } from './helpers';

const screenFor = <NumberSettingsScreen numberId="n1" />;
const enabled = () => makeProject({ number: { settings: { hours: { enabled: true } } } });

describe('Working hours section', () => {
  it('saves a time zone picked from the list and refuses one that is not a zone', async () => {
    const { user, number } = await renderWithStore(screenFor, enabled());
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(zone);
    await user.type(zone, 'Europe/Berlin');
    expect(number('n1').settings.hours.timezone).toBe('Europe/Berlin');
    await user.tab();
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(zone).toHaveAccessibleDescription(/'Mars\/Olympus' is not a time zone name/);
    expect(number('n1').settings.hours.timezone).toBe('Europe/Berlin');
  });

  it('saves an edited interval and refuses one that is not HH:MM', async () => {
    const { user, number } = await renderWithStore(screenFor, enabled());
    const until = screen.getByRole('textbox', { name: 'Monday interval 1 until' });
    await user.clear(until);
    await user.type(until, '18:00');
    expect(number('n1').settings.hours.week.mon).toEqual([['08:30', '18:00']]);
    await user.clear(until);
    await user.type(until, '25:00');
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(until).toHaveAccessibleDescription(/'25:00' is not a time from 00:00 to 24:00/);
    expect(number('n1').settings.hours.week.mon).toEqual([['08:30', '18:00']]);
  });

  it('marks the time at fault, not the one being typed in, and the pair when they end before they start', async () => {
    const { user } = await renderWithStore(screenFor, enabled());
    const from = screen.getByRole('textbox', { name: 'Monday interval 1 from' });
    const until = screen.getByRole('textbox', { name: 'Monday interval 1 until' });
    await user.clear(until);
    await user.type(until, '9');
    // "9" is not a time yet: until is at fault.
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(from).not.toHaveAttribute('aria-invalid');
    await user.clear(until);
    await user.type(until, '08:00');
    // 08:30–08:00 ends before it starts: both times are marked.
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(/end before they start/);
  });

  it('adds a second interval, refuses an overlapping one, and removes it', async () => {
    const { user, number } = await renderWithStore(screenFor, enabled());
    await user.click(screen.getByRole('button', { name: 'Add hours on Tuesday' }));
    expect(number('n1').settings.hours.week.tue).toEqual([['08:30', '17:30'], ['18:30', '19:30']]);
    const from = screen.getByRole('textbox', { name: 'Tuesday interval 2 from' });
    await user.clear(from);
    await user.type(from, '17:00');
    expect(from).toHaveAccessibleDescription(/overlaps 08:30–17:30 on Tuesday/);
    expect(number('n1').settings.hours.week.tue[1]).toEqual(['18:30', '19:30']);
    await user.click(screen.getByRole('button', { name: 'Remove Tuesday interval 2 (18:30–19:30)' }));
    expect(number('n1').settings.hours.week.tue).toEqual([['08:30', '17:30']]);
  });

  it('makes a day a day off and back', async () => {
    const { user, number } = await renderWithStore(screenFor, enabled());
    await user.click(screen.getByRole('checkbox', { name: 'Friday is a day off' }));
    expect(number('n1').settings.hours.week.fri).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Saturday is a day off' }));
    expect(number('n1').settings.hours.week.sat).toEqual([['08:30', '17:30']]);
  });

  it('gives a day its own hours back, lunch break included, when "day off" is unticked again', async () => {
    const { user, number, store } = await renderWithStore(screenFor, enabled());
    act(() => store.updateNumber('n1', (n) => ({ ...n, settings: { ...n.settings, hours: { ...n.settings.hours, week: { ...n.settings.hours.week, wed: [['08:30', '12:00'], ['13:00', '17:30']] } } } })));
    await user.click(screen.getByRole('checkbox', { name: 'Wednesday is a day off' }));
    expect(number('n1').settings.hours.week.wed).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'Wednesday is a day off' }));
    expect(number('n1').settings.hours.week.wed).toEqual([['08:30', '12:00'], ['13:00', '17:30']]);
  });

  it('adds a holiday typed as day and month, with no year, saved as DD.MM, and removes one', async () => {
    const { user, number } = await renderWithStore(screenFor, enabled());
    const date = screen.getByRole('textbox', { name: 'Holiday date' });
    // Day and month only: holidays come back every year, so no year is asked for.
    expect(date).toHaveAttribute('placeholder', 'DD.MM');
    await user.type(date, '30.4');
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(number('n1').settings.hours.holidays).toEqual(['01.01', '30.04', '02.09']);
    expect(date).toHaveValue('');
    // Enter in the field adds too; a date already on the list is refused on the field.
    await user.type(date, '02.09{Enter}');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/2 September \(02\.09\) is already a holiday/);
    await user.clear(date);
    await user.type(date, '31.04');
    expect(date).toHaveAccessibleDescription(/April has 30 days/);
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(number('n1').settings.hours.holidays).toEqual(['01.01', '30.04', '02.09']);
    await user.click(screen.getByRole('button', { name: 'Remove holiday 01.01' }));
    expect(number('n1').settings.hours.holidays).toEqual(['30.04', '02.09']);
  });

  it('says on the Holiday date field that a date is needed when Add holiday is pressed with none, and goes there', async () => {
    const { user, number } = await renderWithStore(screenFor, enabled());
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    const date = screen.getByRole('textbox', { name: 'Holiday date' });
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Enter the holiday's date/);
    expect(date).toHaveFocus();
    expect(number('n1').settings.hours.holidays).toEqual(['01.01', '02.09']);
    // Typing a valid date clears the message.
    await user.type(date, '30.04');
    expect(date).not.toHaveAttribute('aria-invalid');
  });

  it("moves focus to a neighbour when a holiday is removed: the next one's Remove, the previous one's at the end, then the date field", async () => {
    const three = makeProject({ number: { settings: { hours: { enabled: true, holidays: ['01.01', '30.04', '02.09'] } } } });
    const { user } = await renderWithStore(screenFor, three);
    await user.click(screen.getByRole('button', { name: 'Remove holiday 30.04' }));
    expect(screen.getByRole('button', { name: 'Remove holiday 02.09' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove holiday 02.09' }));
    expect(screen.getByRole('button', { name: 'Remove holiday 01.01' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove holiday 01.01' }));
    expect(screen.getByRole('textbox', { name: 'Holiday date' })).toHaveFocus();
  });

  it("moves focus to the day's “day off” box when its only interval is removed, and to a neighbour otherwise", async () => {
    const week = makeProject({ number: { settings: { hours: { enabled: true, week: { sat: [['08:30', '12:00']], fri: [['08:30', '12:00'], ['13:00', '17:30']] } } } } });
    const { user, number } = await renderWithStore(screenFor, week);
    await user.click(screen.getByRole('button', { name: 'Remove Saturday interval 1 (08:30–12:00)' }));
    expect(number('n1').settings.hours.week.sat).toEqual([]);
    expect(screen.getByRole('checkbox', { name: 'Saturday is a day off' })).toHaveFocus();
    // The last of two: its row goes, and focus goes to the one before.
    await user.click(screen.getByRole('button', { name: 'Remove Friday interval 2 (13:00–17:30)' }));
    expect(screen.getByRole('button', { name: 'Remove Friday interval 1 (08:30–12:00)' })).toHaveFocus();
  });

  it('puts the cursor in the new interval after Add hours, ready to type', async () => {
    const { user } = await renderWithStore(screenFor, enabled());
    await user.click(screen.getByRole('button', { name: 'Add hours on Tuesday' }));
    expect(screen.getByRole('textbox', { name: 'Tuesday interval 2 from' })).toHaveFocus();
  });

  it('locks the days and holidays while working hours are off, says why, and gives them back as they were when turned on', async () => {
    const { user, number } = await renderWithStore(screenFor, makeProject());
    const section = screen.getByRole('region', { name: 'Working hours' });
    const monday = within(section).getByRole('group', { name: 'Monday' });
    const holidays = within(section).getByRole('group', { name: 'Holidays' });
    for (const group of [monday, holidays]) {
      expect(group).toBeDisabled();
      expect(group).toHaveAccessibleDescription(/^Working hours are off: .* The days and holidays below are kept/);
    }
    const until = within(monday).getByRole('textbox', { name: 'Monday interval 1 until' });
    expect(until).toBeDisabled();
    expect(until).toHaveValue('17:30');
    expect(within(monday).getByRole('checkbox', { name: 'Monday is a day off' })).toBeDisabled();
    expect(within(monday).getByRole('button', { name: 'Add hours on Monday' })).toBeDisabled();
    expect(within(holidays).getByRole('textbox', { name: 'Holiday date' })).toBeDisabled();
    expect(within(holidays).getByRole('button', { name: 'Remove holiday 01.01' })).toBeDisabled();
    // The time zone is not locked: the simulator reads the call's time in it with the hours off too.
    expect(within(section).getByRole('combobox', { name: 'Time zone' })).toBeEnabled();
    await user.type(until, '9');
    expect(number('n1').settings.hours.week.mon).toEqual([['08:30', '17:30']]);

    await user.click(within(section).getByRole('checkbox', { name: 'Use working hours' }));
    expect(monday).toBeEnabled();
    expect(monday).not.toHaveAccessibleDescription(/kept/);
    expect(until).toBeEnabled();
    expect(until).toHaveValue('17:30');
    expect(within(holidays).getByRole('list', { name: 'Holidays' })).toHaveTextContent('1 January (01.01)');
    await user.click(within(holidays).getByRole('button', { name: 'Remove holiday 01.01' }));
    expect(number('n1').settings.hours.holidays).toEqual(['02.09']);
  });

  it('previews open or closed on the app clock', async () => {
    // Thursday 10:00 in Ho Chi Minh City.
    const { setNow } = await renderWithStore(screenFor, enabled(), { now: '2026-11-26T03:00:00Z' });
    const section = screen.getByRole('region', { name: 'Working hours' });
    expect(within(section).getByRole('status')).toHaveTextContent('Open now — closes at 17:30');
    // Friday 18:00 local: closed until Monday.
    setNow('2026-11-27T11:00:00Z');
    expect(within(section).getByRole('status')).toHaveTextContent('Closed now — opens Monday at 08:30');
  });
});
