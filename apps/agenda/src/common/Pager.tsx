import { texts } from '../texts';

/** Previous/next buttons with "Pagina 2 van 5"; nothing when there is one page. */
export function Pager({
  page,
  pageCount,
  onPage,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={texts.reports.pagerLabel} className="pager">
      {page > 1 ? (
        <button type="button" className="button button--secondary" onClick={() => onPage(page - 1)}>
          {texts.reports.previous}
        </button>
      ) : null}
      <span>{texts.reports.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <button type="button" className="button button--secondary" onClick={() => onPage(page + 1)}>
          {texts.reports.next}
        </button>
      ) : null}
    </nav>
  );
}
