import { Link, navigate } from '@jamsessie/web';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateRange, toLocalParts } from '@jamsessie/domain';
import { useId, useState, type FormEvent } from 'react';
import { ErrorState, Field, FormErrorSummary, LoadingState, readApiError } from '../common/web-kit';
import { formProblem } from '../api/form-problem';
import { useTRPC } from '../api/trpc';
import { PageHeader } from '../common/PageHeader';
import { paths } from '../routing/routes';
import { texts } from '../texts';

/** The editions of the inspiration week, and a form for a new one. */
export function WeekPage() {
  const trpc = useTRPC();
  const editions = useQuery(trpc.admin.week.editions.list.queryOptions());
  return (
    <div className="page">
      <PageHeader title={texts.week.title} lead={texts.week.lead} />
      <div className="layout-aside">
        <section aria-labelledby="editions-title">
          <h2 id="editions-title" className="visually-hidden">
            {texts.week.title}
          </h2>
          {editions.isPending ? (
            <LoadingState lines={2} />
          ) : editions.isError ? (
            <ErrorState
              headingLevel={3}
              message={readApiError(editions.error).message}
              onRetry={() => void editions.refetch()}
            />
          ) : editions.data.length === 0 ? (
            <p className="notice notice--info">{texts.week.none}</p>
          ) : (
            <ul className="item-list">
              {[...editions.data]
                .sort((a, b) => b.year - a.year)
                .map((edition) => (
                  <li key={edition.id} className="item">
                    <div className="item__main">
                      <h3 className="item__title">
                        <Link href={paths.weekEdition(edition.id)}>{edition.title}</Link>
                      </h3>
                      <p className="item__meta">
                        {formatDateRange(edition.startsOn, edition.endsOn)}
                        {edition.location ? ` · ${edition.location}` : ''}
                        {edition.motto ? ` · „${edition.motto}”` : ''}
                      </p>
                    </div>
                    <Link
                      className="button button--secondary button--small"
                      href={paths.weekEdition(edition.id)}
                    >
                      {texts.week.open}
                    </Link>
                  </li>
                ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="new-edition-title">
          <h2 id="new-edition-title" className="card__title">
            {texts.week.newTitle}
          </h2>
          <NewEditionForm />
        </section>
      </div>
    </div>
  );
}

function NewEditionForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const year = Number(toLocalParts(new Date().toISOString()).date.slice(0, 4)) + 1;
  const [form, setForm] = useState({
    year: String(year),
    title: `Week van de Radicale vernieuwing ${year}`,
    motto: '',
    startsOn: '',
    endsOn: '',
    location: 'Utrecht en online',
  });
  const create = useMutation(
    trpc.admin.week.editions.create.mutationOptions({
      onSuccess: async (edition) => {
        await queryClient.invalidateQueries({ queryKey: trpc.admin.week.pathKey() });
        navigate(paths.weekEdition(edition.id));
      },
    }),
  );
  const problem = formProblem(create.error, [
    'year',
    'title',
    'motto',
    'startsOn',
    'endsOn',
    'location',
  ]);
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ ...form, year: Number(form.year), slug: `week-${form.year}` });
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <Field id={`${id}-year`} label={texts.week.fields.year} error={problem.fields['year']}>
        <input type="number" value={form.year} onChange={(e) => set({ year: e.target.value })} />
      </Field>
      <Field id={`${id}-title`} label={texts.week.fields.title} error={problem.fields['title']}>
        <input type="text" value={form.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <Field
        id={`${id}-motto`}
        label={texts.week.fields.motto}
        optional
        error={problem.fields['motto']}
      >
        <input type="text" value={form.motto} onChange={(e) => set({ motto: e.target.value })} />
      </Field>
      <div className="form__row">
        <Field
          id={`${id}-start`}
          label={texts.week.fields.startsOn}
          error={problem.fields['startsOn']}
        >
          <input
            type="date"
            value={form.startsOn}
            onChange={(e) => set({ startsOn: e.target.value })}
          />
        </Field>
        <Field id={`${id}-end`} label={texts.week.fields.endsOn} error={problem.fields['endsOn']}>
          <input
            type="date"
            value={form.endsOn}
            onChange={(e) => set({ endsOn: e.target.value })}
          />
        </Field>
      </div>
      <Field
        id={`${id}-location`}
        label={texts.week.fields.location}
        optional
        error={problem.fields['location']}
      >
        <input
          type="text"
          value={form.location}
          onChange={(e) => set({ location: e.target.value })}
        />
      </Field>
      <FormErrorSummary messages={create.isError ? problem.summary : []} />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {texts.week.create}
      </button>
    </form>
  );
}
