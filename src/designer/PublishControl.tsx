import { useId, useState } from 'react';
import type { FormEvent } from 'react';

export interface PublishControlProps {
  /** Errors in the draft; publishing is refused while there are any. */
  errorCount: number;
  onPublish: (name: string) => Promise<{ ok: true } | { ok: false; reason: string }>;
}

/**
 * "Publish": asks for a revision name, then publishes. While the flow has errors it says why
 * it cannot be published instead of asking.
 */
export function PublishControl({ errorCount, onPublish }: PublishControlProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const start = () => {
    setMessage(errorCount
      ? { kind: 'error', text: `Cannot publish: the flow has ${errorCount} error${errorCount === 1 ? '' : 's'}. Fix ${errorCount === 1 ? 'it' : 'them'} first (see Issues).` }
      : null);
    setOpen(errorCount === 0);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await onPublish(name);
    setBusy(false);
    if (r.ok) {
      setMessage({ kind: 'done', text: `Published “${name.trim()}”.` });
      setOpen(false);
      setName('');
    } else setMessage({ kind: 'error', text: r.reason });
  };
  return (
    <div className="cf-publish">
      <button type="button" onClick={start} aria-expanded={open}>Publish</button>
      {open && (
        <form onSubmit={submit} aria-label="Publish a revision">
          <label htmlFor={`${id}-name`}>Revision name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required autoFocus placeholder="e.g. Summer hours" />
          <button type="submit" disabled={busy || !name.trim()}>Publish revision</button>
          <button type="button" onClick={() => setOpen(false)}>Cancel</button>
        </form>
      )}
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={`cf-publish__${message.kind}`}>{message.text}</p>}
    </div>
  );
}
