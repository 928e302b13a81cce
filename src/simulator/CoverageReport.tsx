import type { PhoneNumber } from '../engine';
import type { Coverage } from './coverage';
import { handleLabel, nodeLabel } from './describe';

/** Which nodes and handles the saved scenarios reach, and which they never do. */
export function CoverageReport({ number, coverage, scenarios }: { number: PhoneNumber; coverage: Coverage; scenarios: number }) {
  const { nodes, handles } = coverage;
  const handleText = (key: string) => {
    const [nodeId = '', handle = ''] = key.split('/');
    return `${nodeLabel(number, nodeId)}: ${handleLabel(number, nodeId, handle)}`;
  };
  return (
    <section aria-label="Coverage">
      <h3>Coverage by {scenarios === 1 ? '1 saved scenario' : `${scenarios} saved scenarios`}</h3>
      <p>Nodes reached: {nodes.reached.length} of {nodes.reached.length + nodes.missed.length}; handles: {handles.reached.length} of {handles.reached.length + handles.missed.length}.</p>
      {nodes.missed.length > 0 && (
        <>
          <h4>Nodes never reached</h4>
          <ul aria-label="Nodes never reached">{nodes.missed.map((n) => <li key={n}>{nodeLabel(number, n)}</li>)}</ul>
        </>
      )}
      {handles.missed.length > 0 && (
        <>
          <h4>Handles never taken</h4>
          <ul aria-label="Handles never taken">{handles.missed.map((h) => <li key={h}>{handleText(h)}</li>)}</ul>
        </>
      )}
    </section>
  );
}
