import { Link } from 'react-router';

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="page narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">This {what} does not exist</h1>
      <p>The address may be mistyped, or the {what} was deleted.</p>
      <p><Link to="/numbers">Go to the phone numbers</Link></p>
    </div>
  );
}
