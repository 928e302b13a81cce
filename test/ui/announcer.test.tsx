/** The page's one live region: notices that come and go say their text through it, so that it is heard. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Announcer, LiveText } from '../../src/ui/announcer';
import { Toast } from '../../src/ui/Toast';

function Page() {
  const [shown, setShown] = useState(false);
  return (
    <Announcer>
      <button type="button" onClick={() => setShown(true)}>Delete</button>
      {shown && <Toast onDismiss={() => setShown(false)} action={{ label: 'Undo', onClick: () => setShown(false) }}>Deleted scenario “Night line”.</Toast>}
    </Announcer>
  );
}

describe('Announcer', () => {
  it('is in the page, empty, before any notice, and says a toast\'s text when the toast comes', async () => {
    render(<Page />);
    // One live region from the start: a region inserted with its text is not read by every screen reader.
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(region).toHaveTextContent(/^Deleted scenario “Night line”\.$/));
    // The toast's own text is not a second live region (it would be said twice), nor are its buttons' names part of what is said.
    expect(screen.getAllByRole('status')).toEqual([region]);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    // Gone from the screen, gone from the region: nothing stale is left to be read.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(region).toBeEmptyDOMElement();
  });

  it('says the same notice again when it comes again', async () => {
    render(<Page />);
    const user = userEvent.setup();
    const region = screen.getByRole('status');
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(said).toEqual(['Deleted scenario “Night line”.']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    // Emptied, then the same text: a change a screen reader hears.
    await waitFor(() => expect(said).toEqual(['Deleted scenario “Night line”.', '', 'Deleted scenario “Night line”.']));
  });

  it('leaves a toast on its own as its own live region, as in a story or without the app\'s shell', () => {
    render(<Toast onDismiss={() => {}}>Saved.</Toast>);
    expect(screen.getByRole('status')).toHaveTextContent('Saved.');
  });

  it('says two texts that come at the same moment one after the other, and a result again when it comes again', async () => {
    function Results() {
      const [runs, setRuns] = useState(0);
      return (
        <Announcer>
          <button type="button" onClick={() => setRuns((n) => n + 1)}>Run all</button>
          {runs > 0 && <LiveText occurrence={runs}>4 passed, 0 failed</LiveText>}
          {runs === 1 && <LiveText>First run done.</LiveText>}
        </Announcer>
      );
    }
    render(<Results />);
    const user = userEvent.setup();
    const region = screen.getByRole('status');
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    await waitFor(() => expect(region).toHaveTextContent('4 passed, 0 failed First run done.'));
    // The same result from a second run is said again, though its text did not change.
    said.length = 0;
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    await waitFor(() => expect(said.at(-1)).toBe('4 passed, 0 failed'));
    expect(said).toContain('');
  });
});
