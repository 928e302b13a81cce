import { Loading } from '../ui/Loading';
import type { SimulatorOptions } from './useSimulator';
import { useSimulator } from './useSimulator';

/** The simulator panel on its own, without the designer (Storybook, narrow layouts). */
export function Simulator(props: SimulatorOptions) {
  const { panel } = useSimulator(props);
  return <>{panel ?? <Loading label="Loading the simulator…" />}</>;
}
