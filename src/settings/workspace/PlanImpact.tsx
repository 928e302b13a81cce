import { Link } from 'react-router';
import { PLAN_LABELS } from '../../engine';
import type { Plan } from '../../engine';
import type { PlanLoss } from './planImpact';

/** Lists what the numbers cannot use on the current plan, each linked to its flow. */
export function PlanImpact({ plan, losses }: { plan: Plan; losses: readonly PlanLoss[] }) {
  if (losses.length === 0) {
    return <p role="status" className="field-hint">Every number’s flow and settings fit the {PLAN_LABELS[plan]} plan.</p>;
  }
  return (
    <div role="status" className="banner warning plan-impact">
      <div>
        <p><strong>On the {PLAN_LABELS[plan]} plan, {losses.length === 1 ? 'this does' : `these ${losses.length} things do`} not work:</strong></p>
        <ul className="impact-list" aria-label="What the numbers lose on this plan">
          {losses.map((l) => (
            <li key={`${l.numberId}:${l.message}`}>
              <Link to={`/numbers/${encodeURIComponent(l.numberId)}`}>{l.numberName}</Link>: {l.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
