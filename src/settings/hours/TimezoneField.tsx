import { useId, useMemo } from 'react';
import { isIanaTimeZone } from '../../engine';
import type { Parsed } from '../../ui/TextField';
import { TextField } from '../../ui/TextField';

/** Every IANA zone the browser knows, for the searchable list. */
function zoneNames(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC', 'Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York'];
}

export function parseZone(text: string): Parsed<string> {
  const t = text.trim();
  if (isIanaTimeZone(t)) return { ok: true, value: t };
  return { ok: false, message: `'${t}' is not a time zone name. Pick one from the list, such as Asia/Ho_Chi_Minh or Europe/Berlin.` };
}

/** A time zone typed with suggestions (a datalist of IANA names), saved only when it is a real zone. */
export function TimezoneField({ value, onCommit, savedErrors }: { value: string; onCommit: (zone: string) => void; savedErrors?: readonly string[] }) {
  const listId = useId();
  const zones = useMemo(zoneNames, []);
  return (
    <>
      <TextField
        label="Time zone"
        value={value}
        format={(v) => v}
        parse={parseZone}
        onCommit={onCommit}
        list={listId}
        savedErrors={savedErrors}
        hint="Type to search, e.g. Ho_Chi_Minh or Berlin."
      />
      <datalist id={listId}>
        {zones.map((z) => <option key={z} value={z} />)}
      </datalist>
    </>
  );
}
