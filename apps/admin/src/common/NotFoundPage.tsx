import { Link } from '@jamsessie/web';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { PageHeader } from './PageHeader';

/** A path that leads nowhere inside the app. */
export function NotFoundPage() {
  return (
    <div className="page">
      <PageHeader title={texts.common.notFoundTitle} lead={texts.common.notFoundText} />
      <p>
        <Link href={paths.dashboard()}>{texts.common.toDashboard}</Link>
      </p>
    </div>
  );
}
