import {
  EMBED_FRAME_HEIGHT,
  EMBED_FRAME_TITLE,
  embedSnippet,
  publicPaths,
  type EmbedFilter,
} from '@jamsessie/domain';
import { currentOrigin, useLocation } from '@jamsessie/web';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../api/trpc';
import { StatusMessage } from '../common/StatusMessage';
import { Field } from '../common/web-kit';
import { texts } from '../texts';
import { CopyButton } from './CopyButton';

const t = texts.embed;

/** The theme and series a link asked for (`?thema=…&reeks=…`, the agenda's own names). */
function presetOf(search: string): EmbedFilter {
  const params = new URLSearchParams(search);
  return { theme: params.get('thema'), series: params.get('reeks') };
}

/**
 * The code to show the agenda on another site: choose a theme and a series, copy the iframe
 * snippet (built by the domain's `embedSnippet`, with the domain's embed address), and see
 * the live preview of exactly that address. Only public data (themes and series from the
 * public catalogue), so visitors who follow the agenda's link may use it without an account.
 */
export function EmbedCodeContent() {
  const id = useId();
  const trpc = useTRPC();
  const { search } = useLocation();
  const [only, setOnly] = useState<EmbedFilter>(() => presetOf(search));
  const [copied, setCopied] = useState<string | null>(null);
  const themes = useQuery(trpc.catalogue.themes.queryOptions());
  const series = useQuery(trpc.catalogue.series.queryOptions());
  const snippet = embedSnippet(currentOrigin(), only);
  const change = (next: EmbedFilter) => {
    setCopied(null);
    setOnly((current) => ({ ...current, ...next }));
  };

  return (
    <>
      <section className="card" aria-labelledby={`${id}-choice`}>
        <h2 id={`${id}-choice`} className="card__title">
          {t.choiceTitle}
        </h2>
        {themes.isError || series.isError ? (
          <p className="notice notice--error">{t.loadFailed}</p>
        ) : null}
        <div className="form__row">
          <Field id={`${id}-theme`} label={t.theme}>
            <select value={only.theme ?? ''} onChange={(e) => change({ theme: e.target.value })}>
              <option value="">{t.allThemes}</option>
              {(themes.data ?? []).map((theme) => (
                <option key={theme.slug} value={theme.slug}>
                  {theme.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-series`} label={t.series}>
            <select value={only.series ?? ''} onChange={(e) => change({ series: e.target.value })}>
              <option value="">{t.allSeries}</option>
              {(series.data ?? []).map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </section>
      <section className="card" aria-labelledby={`${id}-code`}>
        <h2 id={`${id}-code`} className="card__title">
          {t.codeTitle}
        </h2>
        <Field id={`${id}-snippet`} label={t.codeLabel} hint={t.codeHint}>
          <textarea
            className="embed-code__snippet"
            readOnly
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Field>
        <div className="form__actions">
          <CopyButton
            text={snippet}
            label={t.copy}
            onCopied={(ok) => setCopied(ok ? t.copied : t.copyFailed)}
          />
          <StatusMessage message={copied} />
        </div>
      </section>
      <section className="card" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`} className="card__title">
          {t.previewTitle}
        </h2>
        <p className="card__intro">{t.previewHint}</p>
        <iframe
          className="embed-code__preview"
          src={publicPaths.embed(only)}
          title={EMBED_FRAME_TITLE}
          height={EMBED_FRAME_HEIGHT}
          loading="lazy"
        />
      </section>
    </>
  );
}
