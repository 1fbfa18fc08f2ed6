import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './history';

/** Props of {@link Link}: an anchor whose `href` is a path inside the app. */
export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  /** A path inside the app (with its base, e.g. '/beheer/planning'). */
  href: string;
};

/**
 * An ordinary anchor that navigates inside the app. Modified clicks (new tab, download) and
 * links with a target keep the browser's behaviour, so the page stays a plain web page.
 */
export function Link({ href, onClick, target, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || target) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} target={target} onClick={handleClick} {...rest} />;
}
