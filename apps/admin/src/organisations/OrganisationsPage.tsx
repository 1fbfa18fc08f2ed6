import { navigate, useLocation } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDayMonthYear, organisationKindLabels, type Participation } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { ErrorState, Field, LoadingState, readApiError } from '../common/web-kit';
import { useTRPC } from '../api/trpc';
import { PageHeader } from '../common/PageHeader';
import { StatusMessage } from '../common/StatusMessage';
import { paths } from '../routing/routes';
import { texts } from '../texts';
import {
  organisationDraftOf,
  organisationInputOf,
  organisationUpdateOf,
} from './organisation-form';
import { OrganisationForm } from './OrganisationForm';
import { ParticipationsEditor } from './ParticipationsEditor';

function readFilters(search: string) {
  const params = new URLSearchParams(search);
  const on = params.get('op') ?? '';
  return {
    movement: params.get('beweging') ?? '',
    on: /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : '',
    selected: params.get('org') ?? '',
  };
}

function query(filters: { movement: string; on: string; selected: string }): string {
  const params = new URLSearchParams();
  if (filters.movement) params.set('beweging', filters.movement);
  if (filters.on) params.set('op', filters.on);
  if (filters.selected) params.set('org', filters.selected);
  const q = params.toString();
  return `${paths.organisations()}${q ? `?${q}` : ''}`;
}

/** Participating organisations per movement and period, their domains, and new ones. */
export function OrganisationsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const { search } = useLocation();
  const filters = readFilters(search);
  const movements = useQuery(trpc.admin.organisations.movements.queryOptions());
  const movement = movements.data?.find((m) => m.slug === filters.movement);
  const organisations = useQuery(
    trpc.admin.organisations.list.queryOptions({
      ...(movement ? { movementId: movement.id } : {}),
      ...(filters.on ? { participatingOn: filters.on } : {}),
    }),
  );
  const participations = useQuery(trpc.admin.organisations.participations.list.queryOptions({}));
  const [status, setStatus] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.admin.organisations.pathKey() });
  const create = useMutation(
    trpc.admin.organisations.create.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.organisations.created);
        setFormKey((k) => k + 1);
        await refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.admin.organisations.update.mutationOptions({
      onSuccess: async () => {
        setStatus(texts.organisations.saved);
        await refresh();
      },
    }),
  );
  const [movementChoice, setMovementChoice] = useState(filters.movement);
  const [onChoice, setOnChoice] = useState(filters.on);
  const byOrg = new Map<string, Participation[]>();
  for (const p of participations.data ?? [])
    byOrg.set(p.organisationId, [...(byOrg.get(p.organisationId) ?? []), p]);
  const movementName = (mid: string) => movements.data?.find((m) => m.id === mid)?.shortName ?? '';
  const selected = organisations.data?.find((o) => o.id === filters.selected);

  function applyFilters(event: FormEvent) {
    event.preventDefault();
    navigate(query({ movement: movementChoice, on: onChoice, selected: '' }));
  }

  return (
    <div className="page">
      <PageHeader title={texts.organisations.title} lead={texts.organisations.lead} />
      <form
        className="filters card"
        role="search"
        aria-label={texts.organisations.filterLabel}
        onSubmit={applyFilters}
      >
        <Field id={`${id}-movement`} label={texts.organisations.movement}>
          <select value={movementChoice} onChange={(e) => setMovementChoice(e.target.value)}>
            <option value="">{texts.organisations.allMovements}</option>
            {(movements.data ?? []).map((m) => (
              <option key={m.id} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-on`} label={texts.organisations.on} optional>
          <input type="date" value={onChoice} onChange={(e) => setOnChoice(e.target.value)} />
        </Field>
        <button type="submit" className="button button--primary">
          {texts.organisations.apply}
        </button>
      </form>
      <StatusMessage message={status} />
      <div className="layout-aside">
        <section aria-labelledby="orgs-title">
          <h2 id="orgs-title" className="card__title">
            {organisations.data
              ? texts.organisations.count(organisations.data.length)
              : texts.organisations.title}
          </h2>
          {organisations.isPending ? (
            <LoadingState lines={2} />
          ) : organisations.isError ? (
            <ErrorState
              headingLevel={3}
              message={readApiError(organisations.error).message}
              onRetry={() => void organisations.refetch()}
            />
          ) : organisations.data.length === 0 ? (
            <p className="notice notice--info">{texts.organisations.none}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{texts.organisations.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.organisations.colName}</th>
                    <th scope="col">{texts.organisations.colKind}</th>
                    <th scope="col">{texts.organisations.colParticipation}</th>
                    <th scope="col">{texts.common.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {organisations.data.map((org) => (
                    <tr
                      key={org.id}
                      aria-current={org.id === filters.selected ? 'true' : undefined}
                    >
                      <th scope="row">
                        {org.name}
                        {org.city ? <span className="small muted"> · {org.city}</span> : null}
                        {org.emailDomains.length > 0 ? (
                          <span className="small muted domains">
                            <br />
                            {org.emailDomains.join(', ')}
                          </span>
                        ) : null}
                      </th>
                      <td>{organisationKindLabels[org.kind]}</td>
                      <td>
                        {(byOrg.get(org.id) ?? []).map((p) => (
                          <span key={p.id} className="participation">
                            {p.until
                              ? texts.organisations.between(
                                  movementName(p.movementId),
                                  formatDayMonthYear(p.from),
                                  formatDayMonthYear(p.until),
                                )
                              : texts.organisations.since(
                                  movementName(p.movementId),
                                  formatDayMonthYear(p.from),
                                )}
                          </span>
                        ))}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          aria-label={texts.organisations.manageLabel(org.name)}
                          onClick={() =>
                            navigate(query({ ...filters, selected: org.id }), { replace: true })
                          }
                        >
                          {texts.organisations.manage}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <aside className="stack">
          {selected ? (
            <section className="card" aria-labelledby="org-edit-title">
              <div className="row row--between">
                <h2 id="org-edit-title" className="card__title">
                  {texts.organisations.editTitle(selected.name)}
                </h2>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => navigate(query({ ...filters, selected: '' }), { replace: true })}
                >
                  {texts.organisations.close}
                </button>
              </div>
              {/* Keyed by version: the fields always show the version the save is based on. */}
              <OrganisationForm
                key={`${selected.id}-${selected.version}`}
                initial={organisationDraftOf(selected)}
                submitLabel={texts.organisations.save}
                busy={update.isPending}
                error={update.error}
                onSubmit={(draft) => update.mutate(organisationUpdateOf(selected, draft))}
                onReload={() => {
                  update.reset();
                  void refresh();
                }}
              />
              <h3>{texts.organisations.participationsTitle}</h3>
              <ParticipationsEditor
                organisationId={selected.id}
                participations={byOrg.get(selected.id) ?? []}
                movements={movements.data ?? []}
              />
            </section>
          ) : null}
          <section className="card" aria-labelledby="org-new-title">
            <h2 id="org-new-title" className="card__title">
              {texts.organisations.newTitle}
            </h2>
            <OrganisationForm
              key={formKey}
              initial={organisationDraftOf(null)}
              submitLabel={texts.organisations.create}
              busy={create.isPending}
              error={create.error}
              onSubmit={(draft) => create.mutate(organisationInputOf(draft))}
            />
          </section>
        </aside>
      </div>
    </div>
  );
}
