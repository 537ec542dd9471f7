import type { ReactNode } from 'react';

/** A titled part of the panel; its heading labels it for screen readers. */
export function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`${id}-title`} data-section={id}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
