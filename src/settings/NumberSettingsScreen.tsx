import { useCallback, useEffect, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import type { NumberSettings, PhoneNumber } from '../engine';
import { issuesOf } from '../engine';
import { useProjectSelector, useStore } from '../store/react';
import { Loading } from '../ui/Loading';
import { EnsureClock } from '../ui/clock';
import type { HoldMusicAssets } from './holdMusic/types';
import { NumberSettingsView } from './NumberSettingsView';
import { revealField } from './fieldSections';
import './settings.css';

/**
 * `/numbers/:id/settings`: every per-number setting of the seed, read from and written through
 * the store, so autosave, export and reload see each change.
 */
export function NumberSettingsScreen({ numberId }: { numberId: string }) {
  const store = useStore();
  const project = useProjectSelector((s) => s.project);
  const number = project?.numbers.find((n) => n.id === numberId) ?? null;
  const inConflict = useProjectSelector((s) => s.conflict?.numberId === numberId);
  const issues = useMemo(() => (project && number ? issuesOf(project, numberId) : []), [project, number, numberId]);
  const onNumberChange = useCallback((fn: (n: PhoneNumber) => PhoneNumber) => store.updateNumber(numberId, fn), [store, numberId]);
  const onChange = useCallback(
    (fn: (s: NumberSettings) => NumberSettings) => store.updateNumber(numberId, (n) => ({ ...n, settings: fn(n.settings) })),
    [store, numberId],
  );
  // `#settings.rating.enabled` (an issue's field, linked from the designer) opens the page at that field.
  const { hash } = useLocation();
  const found = number !== null;
  useEffect(() => {
    if (found && hash.length > 1) revealField(document, decodeURIComponent(hash.slice(1)));
  }, [found, hash]);
  const assets = useMemo<HoldMusicAssets>(() => ({
    putAsset: (data, meta) => store.putAsset(data, meta),
    getAsset: (id) => store.getAsset(id),
    releaseAsset: (id) => store.releaseAsset(id),
  }), [store]);
  if (!project) return <Loading />;
  if (!number) {
    return (
      <div className="page narrow">
        <h1>This phone number does not exist</h1>
        <p><Link to="/numbers">Go to the phone numbers</Link></p>
      </div>
    );
  }
  return (
    <EnsureClock>
      <NumberSettingsView
        number={number}
        project={project}
        issues={issues}
        onChange={onChange}
        onNumberChange={onNumberChange}
        assets={assets}
        inConflict={inConflict}
      />
    </EnsureClock>
  );
}
