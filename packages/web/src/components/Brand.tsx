import type { ReactNode } from 'react';
import { Link } from '../routing/Link';

/** Props of {@link Brand}. */
export type BrandProps = {
  /** The site's name, e.g. 'Radicale vernieuwing'. */
  name: string;
  /** The line under it, e.g. 'Jamsessies en inspiratie'. */
  tagline: string;
  /** The home page; without it the brand is no link (as on the sign-in page). */
  href?: string | undefined;
};

/** The movement's mark with the site's name and tagline, in the header of every page. */
export function Brand({ name, tagline, href }: BrandProps) {
  const content: ReactNode = (
    <>
      <span className="brand__mark" aria-hidden="true" />
      <span className="brand__text">
        <span className="brand__name">{name}</span>
        <span className="brand__tagline">{tagline}</span>
      </span>
    </>
  );
  return href === undefined ? (
    <span className="brand">{content}</span>
  ) : (
    <Link className="brand" href={href}>
      {content}
    </Link>
  );
}
