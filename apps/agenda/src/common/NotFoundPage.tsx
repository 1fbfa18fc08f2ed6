import { Link } from '@jamsessie/web';
import { useDocumentTitle } from './web-kit';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** The 404 page: says plainly what happened and where to go instead. */
export function NotFoundPage({
  title = texts.notFound.title,
  text = texts.notFound.text,
}: {
  title?: string;
  text?: string;
}) {
  useDocumentTitle(title);
  return (
    <div className="not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1>{title}</h1>
      <p className="lead">{text}</p>
      <p className="button-row">
        <Link className="button" href={paths.agenda()}>
          {texts.notFound.toAgenda}
        </Link>
        <Link className="button button--secondary" href={paths.reports()}>
          {texts.notFound.toReports}
        </Link>
      </p>
    </div>
  );
}
