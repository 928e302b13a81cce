import { useRef } from 'react';
import { useLiveText } from './announcer';

export interface QuarantinedItem {
  table: string;
  key: string;
  issues: { path: string; message: string }[];
}

export interface QuarantineNoticeProps {
  items: readonly QuarantinedItem[];
}

const WHAT: Record<string, string> = {
  workspace: 'The workspace settings',
  numbers: 'Phone number',
  scenarios: 'Saved scenario',
  meta: 'The stored workspace',
};

/**
 * Saved documents that could not be read were set aside, not deleted: says which, and why,
 * so that nothing disappears silently. Presentational: the shell passes the store's list.
 */
export function QuarantineNotice({ items }: QuarantineNoticeProps) {
  if (items.length === 0) return null;
  return <Notice items={items} />;
}

/** The banner: its summary is said through the page's Announcer (a region inserted with its text is not read by every screen reader). */
function Notice({ items }: QuarantineNoticeProps) {
  const summary = useRef<HTMLElement>(null);
  const ownLiveRegion = useLiveText(summary);
  return (
    <div className="banner warning" role={ownLiveRegion ? 'status' : undefined}>
      <details>
        <summary ref={summary}>
          {items.length === 1 ? 'One saved item' : `${items.length} saved items`} could not be loaded and {items.length === 1 ? 'was' : 'were'} set aside, not deleted.
        </summary>
        <ul>
          {items.map((q) => (
            <li key={`${q.table}/${q.key}`}>
              {WHAT[q.table] ?? q.table} “{q.key}”: {q.issues.slice(0, 3).map((i) => `${i.path} ${i.message}`).join('; ')}
              {q.issues.length > 3 && ` (and ${q.issues.length - 3} more)`}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
