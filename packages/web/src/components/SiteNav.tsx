import { Link } from '../routing/Link';

/** One entry of the main menu. */
export type NavSection = {
  /** The menu text. */
  label: string;
  /** Where it leads. */
  href: string;
  /** Whether the page shown belongs to it (`aria-current="page"`). */
  current: boolean;
};

/** The main menu: a labelled list of links, the current section marked for screen readers. */
export function SiteNav({ label, sections }: { label: string; sections: readonly NavSection[] }) {
  return (
    <nav aria-label={label} className="site-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={section.current ? 'page' : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
