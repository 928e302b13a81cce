import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider, useProjectSelector, useStorageStatus } from '../../src/store/react';
import type { ProjectStore } from '../../src/store/types';
import { openStore, uniqueName } from './helpers';

let store: ProjectStore | null = null;
afterEach(() => store?.close());

describe('React adapter', () => {
  it('re-renders a component only when its slice of the project changes', async () => {
    store = openStore(uniqueName());
    await store.ready();
    const renders: string[] = [];
    function NumberName({ id }: { id: string }) {
      const name = useProjectSelector((s) => s.project?.numbers.find((n) => n.id === id)?.name ?? '');
      renders.push(`${id}:${name}`);
      return <p>{name}</p>;
    }
    function Status() {
      return <p>status {useStorageStatus().kind}</p>;
    }
    render(
      <StoreProvider store={store}>
        <NumberName id="n1" />
        <NumberName id="n2" />
        <Status />
      </StoreProvider>,
    );
    expect(screen.getByText('Hotline')).toBeInTheDocument();
    expect(screen.getByText('status ready')).toBeInTheDocument();
    renders.length = 0;
    act(() => store!.updateNumber('n2', (n) => ({ ...n, name: 'Front desk' })));
    expect(screen.getByText('Front desk')).toBeInTheDocument();
    expect(renders).toEqual(['n2:Front desk']);
  });

  it('useStore outside a provider says so', () => {
    function Orphan() {
      useProjectSelector((s) => s.project);
      return null;
    }
    expect(() => render(<Orphan />)).toThrow(/StoreProvider/);
  });
});
