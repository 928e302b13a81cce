/**
 * Text renders as text: every name and text a user types reaches the screen as characters, never
 * as markup. Each field holds an `<img onerror>` payload; the screens must show it literally and
 * create no element from it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../src/app/App';
import { StoreProvider } from '../../src/store/react';
import type { ProjectStore } from '../../src/store/types';
import { makeFlow, makeProject } from '../helpers/factories';
import { makeStore } from '../designer/helpers';

const XSS = '<img src=x onerror=alert(1)>';
const text = (field: string) => `${XSS} ${field}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hostileProject() {
  const project = makeProject({
    workspace: {
      name: text('workspace'),
      employees: [
        { id: 'anna', name: text('employee'), extension: '101', mobile: '+84901000101', status: 'working' },
        { id: 'binh', name: 'Binh', extension: '102', mobile: '+84901000102', status: 'working' },
      ],
      queues: [{ id: 'sales', name: text('queue'), extension: '500', memberIds: ['anna', 'binh'], distribution: 'in_order', rings: 3 }],
    },
    number: {
      name: text('number'),
      settings: { holdMusic: { kind: 'upload', fileName: text('file.mp3'), sizeBytes: 1000, channels: 2, assetId: 'music' } },
    },
    flow: makeFlow([
      { id: 'in', type: 'incoming' },
      { id: 'greet', type: 'play', data: { label: text('play label'), melody: { kind: 'tts', text: text('tts'), seconds: 3 } } },
      { id: 'q', type: 'queue', data: { label: text('queue label'), queueId: 'sales' } },
      { id: 'emp', type: 'employee', data: { label: text('employee label'), employeeId: 'anna', rings: 3 } },
      { id: 'vm', type: 'voicemail', data: { label: text('voicemail label') } },
    ], [['in', 'next', 'greet'], ['greet', 'next', 'q'], ['q', 'noAnswer', 'emp'], ['emp', 'noAnswer', 'vm']]),
  });
  project.scenarios = [{
    id: 's1', name: text('scenario'),
    scenario: { numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z', digits: [], answers: {} } as never,
    expect: { outcome: { kind: 'voicemail', mailboxEmployeeId: null } as never },
  }];
  return project;
}

let store: ProjectStore;
const alert = vi.fn();
beforeEach(async () => {
  store = await makeStore(hostileProject());
  vi.stubGlobal('alert', alert);
});
afterEach(() => {
  store.close();
  vi.unstubAllGlobals();
});

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <StoreProvider store={store}><AppRoutes /></StoreProvider>
    </MemoryRouter>,
  );
}

/** No element came out of a payload, and nothing ran. */
function expectNoMarkup() {
  expect(document.querySelector('img[src="x"], [onerror]')).toBeNull();
  expect(alert).not.toHaveBeenCalled();
}

/** The field's text is on screen, character for character (in text or in a form field's value). */
function expectShown(field: string) {
  const literal = text(field);
  const asText = screen.queryAllByText((_c, el) => !!el && el.children.length === 0 && (el.textContent ?? '').includes(literal));
  const asValue = [...document.querySelectorAll('input, textarea')].filter((el) => (el as HTMLInputElement).value === literal);
  const asOption = [...document.querySelectorAll('option')].filter((el) => el.textContent?.includes(literal));
  expect(asText.length + asValue.length + asOption.length, `“${literal}” on screen`).toBeGreaterThan(0);
}

describe('user text renders as text', () => {
  it('the source sets no HTML from strings: no dangerouslySetInnerHTML, innerHTML or insertAdjacentHTML', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(f)) files.push(p);
      }
    };
    walk('src');
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('numbers list: workspace and number names', async () => {
    renderAt('/numbers');
    await screen.findByRole('table', { name: 'Phone numbers' });
    expectShown('workspace');
    expectShown('number');
    expectNoMarkup();
  });

  it('workspace screen: employee and queue names', async () => {
    renderAt('/workspace');
    await waitFor(() => expectShown('employee'));
    expectShown('queue');
    expectNoMarkup();
  });

  it('settings: the hold-music file name', async () => {
    renderAt('/numbers/n1/settings');
    await waitFor(() => expectShown('file.mp3'));
    expectNoMarkup();
  });

  it('designer: node labels on the canvas, TTS text in the inspector, scenario names in the simulator', async () => {
    const user = userEvent.setup();
    renderAt('/numbers/n1');
    const canvas = await screen.findByRole('application', { name: `Call flow of ${text('number')}` });
    for (const field of ['play label', 'queue label', 'employee label', 'voicemail label']) {
      await waitFor(() => expect(canvas.textContent).toContain(text(field)));
    }
    fireEvent.click(screen.getByRole('group', { name: new RegExp(`^${escape(text('play label'))}`) }));
    await waitFor(() => expectShown('tts'));
    await user.click(screen.getByRole('tab', { name: /Scenarios/ }));
    await waitFor(() => expectShown('scenario'));
    expectNoMarkup();
  });
});
