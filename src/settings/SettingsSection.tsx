import type { ReactNode, Ref } from 'react';
import { useId } from 'react';

/** One titled section of a settings screen: a <section> named by its heading. */
export function SettingsSection({ title, id, children, intro, ref }: { title: string; id?: string; intro?: ReactNode; children: ReactNode; ref?: Ref<HTMLElement> }) {
  const headingId = useId();
  return (
    <section ref={ref} id={id} className="panel settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro && <p className="field-hint">{intro}</p>}
      {children}
    </section>
  );
}
