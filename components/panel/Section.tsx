import type { ReactNode } from 'react';

/** A titled part of the panel; its heading labels it for screen readers. */
export function Section({
  id,
  title,
  count,
  children,
  aside,
}: {
  id: string;
  title: string;
  /** How many items it holds, shown beside the title. */
  count?: number;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`${id}-title`} data-section={id}>
      <div className="section-head">
        <h2 id={`${id}-title`}>
          {title}
          {count !== undefined ? <span className="count"> ({count})</span> : null}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
