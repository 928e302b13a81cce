import { useEffect } from 'react';
import { useParams } from 'react-router';
import { SimulatorDesigner } from '../simulator/SimulatorDesigner';
import { useProjectSelector } from '../store/react';
import { Loading } from '../ui/Loading';
import { NotFound } from './NotFound';
import { endPreview } from '../designer/handoff';

/** `/numbers/:id`: the designer, with the call simulator beside it. */
export function DesignerRoute() {
  const { id = '' } = useParams();
  const exists = useProjectSelector((s) => (s.project ? s.project.numbers.some((n) => n.id === id) : null));
  if (exists === null) return <Loading label="Opening the flow…" />;
  if (!exists) return <Gone />;
  return <SimulatorDesigner key={id} numberId={id} />;
}

/** No such number: a canvas preview of it, if any, has nothing to wait for (handoff.ts). */
function Gone() {
  useEffect(endPreview, []);
  return <NotFound what="phone number" />;
}
