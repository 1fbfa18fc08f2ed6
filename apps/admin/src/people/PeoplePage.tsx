import { navigate, useLocation } from '@jamsessie/web';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ErrorState, Field, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { PageHeader } from '../common/PageHeader';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import { PersonPanel } from './PersonPanel';

function readParams(search: string) {
  const params = new URLSearchParams(search);
  const page = Number(params.get('pagina'));
  return {
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    selected: params.get('persoon') ?? '',
  };
}

function href(p: { q: string; page: number; selected: string }): string {
  const params = new URLSearchParams();
  if (p.q) params.set('q', p.q);
  if (p.page > 1) params.set('pagina', String(p.page));
  if (p.selected) params.set('persoon', p.selected);
  const q = params.toString();
  return `${paths.people()}${q ? `?${q}` : ''}`;
}

/** People with their consents; one person's data exported as a file or erased on request. */
export function PeoplePage() {
  const trpc = useTRPC();
  const id = useId();
  const { search } = useLocation();
  const params = readParams(search);
  const [q, setQ] = useState(params.q);
  const people = useQuery({
    ...trpc.admin.people.list.queryOptions({
      ...(params.q ? { q: params.q } : {}),
      page: params.page,
      pageSize: 20,
    }),
    placeholderData: keepPreviousData,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(href({ q: q.trim(), page: 1, selected: '' }));
  }
  return (
    <div className="page">
      <PageHeader title={texts.people.title} lead={texts.people.lead} />
      <form
        className="filters card"
        role="search"
        aria-label={texts.people.search}
        onSubmit={submit}
      >
        <Field id={`${id}-q`} label={texts.people.search}>
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </Field>
        <button type="submit" className="button button--primary">
          {texts.people.searchButton}
        </button>
      </form>
      <div className="layout-aside">
        <section aria-labelledby="people-title">
          <h2 id="people-title" className="card__title">
            {people.data ? texts.people.count(people.data.total) : texts.people.title}
          </h2>
          {people.isPending ? (
            <LoadingState lines={2} />
          ) : people.isError ? (
            <ErrorState
              headingLevel={3}
              message={readApiError(people.error).message}
              onRetry={() => void people.refetch()}
            />
          ) : people.data.items.length === 0 ? (
            <p className="notice notice--info">{texts.people.none}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{texts.people.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{texts.people.colName}</th>
                      <th scope="col">{texts.people.colOrganisation}</th>
                      <th scope="col" className="num">
                        {texts.people.colAttended}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {people.data.items.map((person) => (
                      <tr
                        key={person.id}
                        aria-current={person.id === params.selected ? 'true' : undefined}
                      >
                        <th scope="row">
                          <a
                            href={href({ ...params, selected: person.id })}
                            onClick={(e) => {
                              e.preventDefault();
                              navigate(href({ ...params, selected: person.id }), { replace: true });
                            }}
                            aria-label={texts.people.open(person.displayName)}
                          >
                            {person.displayName}
                          </a>
                          {person.isLocMember ? (
                            <span className="tag tag--inline">{texts.people.loc}</span>
                          ) : null}
                          {person.email ? (
                            <span className="small muted">
                              <br />
                              {person.email}
                            </span>
                          ) : null}
                        </th>
                        <td>{person.organisationName ?? texts.common.none}</td>
                        <td className="num">{person.attended}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {people.data.pageCount > 1 ? (
                <nav className="pager" aria-label={texts.sessions.pagingLabel}>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={params.page <= 1}
                    onClick={() => navigate(href({ ...params, page: params.page - 1 }))}
                  >
                    {texts.people.prev}
                  </button>
                  <span>{texts.people.page(people.data.page, people.data.pageCount)}</span>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={params.page >= people.data.pageCount}
                    onClick={() => navigate(href({ ...params, page: params.page + 1 }))}
                  >
                    {texts.people.next}
                  </button>
                </nav>
              ) : null}
            </>
          )}
        </section>
        {params.selected ? (
          <PersonPanel
            key={params.selected}
            personId={params.selected}
            onErased={() => navigate(href({ ...params, selected: '' }), { replace: true })}
          />
        ) : (
          <p className="card muted">{texts.people.choose}</p>
        )}
      </div>
    </div>
  );
}
