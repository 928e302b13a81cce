import { DesignerScreen } from '../designer/DesignerScreen';
import type { SimulatorOptions } from './useSimulator';
import { useSimulator } from './useSimulator';

export type SimulatorDesignerProps = SimulatorOptions;

/** `/numbers/:id`: the designer with the call simulator beside it, the live call lit on the canvas. */
export function SimulatorDesigner(props: SimulatorDesignerProps) {
  const { panel, highlight } = useSimulator(props);
  return <DesignerScreen numberId={props.numberId} highlight={highlight} aside={panel} />;
}
