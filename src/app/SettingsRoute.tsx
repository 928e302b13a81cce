import { useParams } from 'react-router';
import { NumberSettingsScreen } from '../settings/NumberSettingsScreen';
import { useProjectSelector } from '../store/react';
import { Loading } from '../ui/Loading';
import { NotFound } from './NotFound';

/** `/numbers/:id/settings`: every per-number setting of the seed. */
export function SettingsRoute() {
  const { id = '' } = useParams();
  const exists = useProjectSelector((s) => (s.project ? s.project.numbers.some((n) => n.id === id) : null));
  if (exists === null) return <Loading />;
  if (!exists) return <NotFound what="phone number" />;
  return <NumberSettingsScreen key={id} numberId={id} />;
}
