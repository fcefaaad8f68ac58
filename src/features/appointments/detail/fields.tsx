import type { ReactNode } from 'react';
import type { Person } from '../../../domain/appointment.ts';

/** One labelled value inside a section's `<dl>`. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `detail-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function Muted({ children }: { children: ReactNode }) {
  return <span className="text-muted">{children}</span>;
}

/** Only http(s) links are followed: a provider string like `javascript:...` is shown as text instead. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `tel:` wants the dialable characters only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A person's name with mailto/tel links; each part only when the provider gave it. */
export function PersonView({ person }: { person: Person }) {
  return (
    <span className="person">
      {person.name !== null ? <span className="person-name">{person.name}</span> : null}
      {person.email !== null ? (
        <a href={`mailto:${encodeURIComponent(person.email).replace('%40', '@')}`}>{person.email}</a>
      ) : null}
      {person.phone !== null ? <a href={telHref(person.phone)}>{person.phone}</a> : null}
      {person.name === null && person.email === null && person.phone === null ? <Muted>Unknown</Muted> : null}
    </span>
  );
}
