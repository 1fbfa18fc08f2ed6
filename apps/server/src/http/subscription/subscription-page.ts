import { subscriptionPaths } from '@jamsessie/domain';
import { escapeHtml } from '../escape-html.js';

/**
 * The fallback look of the subscription pages: the agenda's colours and frame, in a file of
 * its own (the CSP allows no inline styles). Used only when the built agenda's stylesheet
 * cannot be found.
 */
export const SUBSCRIPTION_PAGE_CSS = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.6;color:#1d2b2a;background:#f6f4ef}
#root{display:flex;flex-direction:column;min-height:100vh}
a{color:#0f4c4a}
.skip-link{position:absolute;left:-999px}
.skip-link:focus{left:1rem;top:1rem;background:#fff;padding:.5rem 1rem}
.site-header{background:#fff;border-bottom:1px solid #d9d4c7}
.site-header__inner,.site-main,.site-footer__inner{max-width:72rem;margin:0 auto;padding-inline:1.25rem;box-sizing:border-box;width:100%}
.site-header__inner{padding-block:.9rem}
.brand{display:inline-flex;flex-direction:column;color:#0f4c4a;text-decoration:none}
.brand__name{font-weight:750;font-size:1.2rem}
.brand__tagline{font-size:.9rem;color:#55625f}
.site-main{flex:1 0 auto;padding-block:2.5rem}
.narrow{max-width:46rem}
.lead{font-size:1.15rem;color:#55625f}
.button{display:inline-flex;align-items:center;min-height:2.75rem;padding:.55rem 1.2rem;border:2px solid #0f4c4a;border-radius:999px;background:#0f4c4a;color:#fff;font:inherit;font-weight:650;cursor:pointer}
.button--secondary{background:#fff;color:#0f4c4a;text-decoration:none}
.button-row{display:flex;flex-wrap:wrap;gap:.75rem}
.button:focus-visible,a:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.site-footer{margin-top:3rem;background:#0f4c4a;color:#eef5f4}
.site-footer a{color:#fff}
.site-footer__inner{padding-block:2rem;font-size:.95rem}
`;

/** What one subscription page says: a heading, a lead sentence and optionally a button form. */
export type SubscriptionPageContent = {
  readonly title: string;
  readonly lead: string;
  /** A form that repeats the action with a button (POST to `action` with the token). */
  readonly form?: { readonly action: string; readonly token: string; readonly label: string };
};

/**
 * A whole page in the agenda's frame (skip link, header with the brand, `main`, footer), with
 * the agenda's own stylesheets (or the fallback), without any script or inline style, so it
 * works without JavaScript and under the server's CSP.
 *
 * @example renderSubscriptionPage({ title: 'Afmelden', lead: 'Wil je …?', form }, ['/assets/index.css'])
 */
export function renderSubscriptionPage(
  content: SubscriptionPageContent,
  stylesheets: readonly string[],
): string {
  const styles = (stylesheets.length > 0 ? stylesheets : [subscriptionPaths.stylesheet])
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('');
  const form = content.form
    ? `<form method="post" action="${escapeHtml(content.form.action)}"><input type="hidden" name="token" value="${escapeHtml(content.form.token)}"><button type="submit" class="button">${escapeHtml(content.form.label)}</button></form>`
    : '';
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(content.title)} · Radicale vernieuwing</title>${styles}<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><div id="root">
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header"><div class="site-header__inner"><a class="brand" href="/"><span class="brand__mark" aria-hidden="true"></span><span class="brand__text"><span class="brand__name">Radicale vernieuwing</span><span class="brand__tagline">Jamsessies en inspiratie</span></span></a></div></header>
<main id="inhoud" class="site-main"><div class="narrow">
<h1>${escapeHtml(content.title)}</h1>
<p class="lead">${escapeHtml(content.lead)}</p>
<div class="button-row">${form}<a class="button button--secondary" href="/">Naar de agenda</a></div>
</div></main>
<footer class="site-footer"><div class="site-footer__inner"><p>Vragen? Mail naar <a href="mailto:radicalevernieuwing@loc.nl">radicalevernieuwing@loc.nl</a></p></div></footer>
</div></body>
</html>
`;
}
