import { organisationKindLabels } from '@jamsessie/domain';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState, readApiError, useDocumentTitle } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';

/** "De deelnemers": the organisations taking part today, per movement. */
export function ParticipantsPage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.catalogue.participants.queryOptions());
  useDocumentTitle(texts.participants.title);
  return (
    <>
      <div className="page-intro">
        <h1>{texts.participants.title}</h1>
        <p className="lead">{texts.participants.intro}</p>
      </div>
      {query.isPending ? (
        <LoadingState lines={3} />
      ) : query.isError ? (
        <ErrorState
          message={readApiError(query.error).message}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <div className="movements">
          {query.data.map(({ movement, organisations }) => (
            <section
              key={movement.id}
              className="movement"
              aria-labelledby={`beweging-${movement.slug}`}
            >
              <header className="movement__header">
                <h2 id={`beweging-${movement.slug}`}>{movement.name}</h2>
                <p className="movement__meta">
                  {texts.participants.count(organisations.length)}
                  {movement.startedYear
                    ? ` · ${texts.participants.since(movement.startedYear)}`
                    : null}
                </p>
              </header>
              {movement.description ? <p>{movement.description}</p> : null}
              {organisations.length === 0 ? (
                <p className="muted">{texts.participants.none}</p>
              ) : (
                <ul className="organisations">
                  {organisations.map((organisation) => (
                    <li key={organisation.id} className="organisation">
                      <span className="organisation__name">
                        {organisation.website ? (
                          <a href={organisation.website}>{organisation.name}</a>
                        ) : (
                          organisation.name
                        )}
                      </span>
                      <span className="organisation__meta">
                        {[
                          organisation.kind === 'care_organisation'
                            ? null
                            : organisationKindLabels[organisation.kind],
                          organisation.city,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
          <section className="panel" aria-labelledby="loc-leden">
            <h2 id="loc-leden" className="panel__title">
              {texts.participants.locTitle}
            </h2>
            <p>{texts.participants.locText}</p>
          </section>
        </div>
      )}
    </>
  );
}
