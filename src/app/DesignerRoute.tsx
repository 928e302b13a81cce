import { useParams } from 'react-router';
import { SimulatorDesigner } from '../simulator/SimulatorDesigner';
import { useProjectSelector } from '../store/react';
import { Loading } from '../ui/Loading';
import { NotFound } from './NotFound';

/** `/numbers/:id`: the designer, with the call simulator beside it. */
export function DesignerRoute() {
  const { id = '' } = useParams();
  const exists = useProjectSelector((s) => (s.project ? s.project.numbers.some((n) => n.id === id) : null));
  if (exists === null) return <Loading label="Opening the flow…" />;
  if (!exists) return <NotFound what="phone number" />;
  return <SimulatorDesigner key={id} numberId={id} />;
}
