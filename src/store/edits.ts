import type { PhoneNumber, Project, SavedScenario, Workspace } from '../engine';
import { newId } from './bytes';
import { newNumber } from './newNumber';
import type { State } from './state';
import { nextPosition } from './state';
import type { DeletedNumber, NewNumber, ProjectStore } from './types';

interface Deps {
  state: State;
  /** Applies `mutate` to the in-memory project (null: no change), notifies and schedules the autosave. */
  edit: (mutate: (project: Project) => Project | null) => void;
}

type Edits = Pick<ProjectStore,
  'updateWorkspace' | 'updateNumber' | 'addNumber' | 'duplicateNumber' | 'deleteNumber' | 'restoreNumber'
  | 'saveScenario' | 'deleteScenario' | 'listScenarios'>;

/**
 * The project's mutations. Each changes memory synchronously and marks what the next
 * autosave must write (or delete) in `state.dirty`.
 */
export function createEdits({ state: s, edit }: Deps): Edits {
  const edits: Edits = {
    updateWorkspace(fn: (w: Workspace) => Workspace) {
      edit((p) => {
        const workspace = fn(p.workspace);
        if (workspace === p.workspace) return null;
        s.dirty.workspace = true;
        return { ...p, workspace };
      });
    },
    updateNumber(numberId, fn: (n: PhoneNumber) => PhoneNumber) {
      edit((p) => {
        const old = p.numbers.find((n) => n.id === numberId);
        if (!old) return null;
        const updated = fn(old);
        if (updated === old) return null;
        s.dirty.numbers.add(numberId);
        return { ...p, numbers: p.numbers.map((n) => (n.id === numberId ? { ...updated, id: numberId } : n)) };
      });
    },
    addNumber(input: NewNumber) {
      const number = newNumber(input, newId('n'));
      edit((p) => {
        s.positions.set(number.id, nextPosition(s));
        s.dirty.numbers.add(number.id);
        return { ...p, numbers: [...p.numbers, number] };
      });
      return number;
    },
    duplicateNumber(numberId, as) {
      const source = s.project?.numbers.find((n) => n.id === numberId);
      if (!source) return null;
      const copy: PhoneNumber = structuredClone({
        ...source,
        id: newId('n'),
        number: as?.number ?? source.number,
        name: as?.name ?? `${source.name} (copy)`,
        // Two numbers with one outbound prefix clash (S1): the copy starts without one.
        settings: { ...source.settings, outbound: { ...source.settings.outbound, prefix: null } },
        // A copy is a new line: connected, whatever the source's disconnection (S5) is doing.
        status: 'active',
        disconnectRequestedAt: null,
        disconnectedAt: null,
      });
      edit((p) => {
        s.positions.set(copy.id, nextPosition(s));
        s.dirty.numbers.add(copy.id);
        return { ...p, numbers: [...p.numbers, copy] };
      });
      return copy;
    },
    deleteNumber(numberId) {
      const p = s.project;
      const number = p?.numbers.find((n) => n.id === numberId);
      if (!p || !number) return null;
      const deleted: DeletedNumber = {
        number,
        position: s.positions.get(numberId) ?? 0,
        index: p.numbers.indexOf(number),
        scenarios: p.scenarios.filter((x) => x.scenario.numberId === numberId),
      };
      edit((cur) => {
        s.dirty.numbers.delete(numberId);
        s.dirty.deletedNumbers.add(numberId);
        s.conflicts.delete(numberId);
        for (const x of deleted.scenarios) {
          s.dirty.scenarios.delete(x.id);
          s.dirty.deletedScenarios.add(x.id);
        }
        return { ...cur, numbers: cur.numbers.filter((n) => n.id !== numberId), scenarios: cur.scenarios.filter((x) => !deleted.scenarios.includes(x)) };
      });
      return deleted;
    },
    restoreNumber(deleted) {
      edit((p) => {
        if (p.numbers.some((n) => n.id === deleted.number.id)) return null;
        s.positions.set(deleted.number.id, deleted.position);
        s.dirty.deletedNumbers.delete(deleted.number.id);
        s.dirty.numbers.add(deleted.number.id);
        for (const x of deleted.scenarios) {
          s.dirty.deletedScenarios.delete(x.id);
          s.dirty.scenarios.add(x.id);
        }
        const numbers = [...p.numbers];
        numbers.splice(Math.min(deleted.index, numbers.length), 0, deleted.number);
        return { ...p, numbers, scenarios: [...p.scenarios, ...deleted.scenarios] };
      });
    },

    saveScenario(scenario: SavedScenario, at?: number) {
      edit((p) => {
        s.dirty.deletedScenarios.delete(scenario.id);
        s.dirty.scenarios.add(scenario.id);
        if (p.scenarios.some((x) => x.id === scenario.id)) return { ...p, scenarios: p.scenarios.map((x) => (x.id === scenario.id ? scenario : x)) };
        const scenarios = [...p.scenarios];
        scenarios.splice(at === undefined ? scenarios.length : Math.max(0, Math.min(at, scenarios.length)), 0, scenario);
        return { ...p, scenarios };
      });
    },
    deleteScenario(scenarioId) {
      edit((p) => {
        if (!p.scenarios.some((x) => x.id === scenarioId)) return null;
        s.dirty.scenarios.delete(scenarioId);
        s.dirty.deletedScenarios.add(scenarioId);
        return { ...p, scenarios: p.scenarios.filter((x) => x.id !== scenarioId) };
      });
    },
    listScenarios(numberId) {
      const all = s.project?.scenarios ?? [];
      return numberId === undefined ? all : all.filter((x) => x.scenario.numberId === numberId);
    },  };
  return edits;
}
