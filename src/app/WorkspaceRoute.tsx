import { WorkspaceScreen } from '../settings/workspace/WorkspaceScreen';
import { useProjectSelector } from '../store/react';
import { Loading } from '../ui/Loading';

/** `/workspace`: plan, worktime, employees, queue groups, CRM. */
export function WorkspaceRoute() {
  const loaded = useProjectSelector((s) => s.project !== null);
  return loaded ? <WorkspaceScreen /> : <Loading />;
}
