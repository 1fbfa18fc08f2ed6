import { LoadingState, useDocumentTitle } from '../common/web-kit';
import { linkInFragment } from '@jamsessie/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../api/trpc';
import { texts } from '../texts';
import { LinkLanding } from './LinkLanding';
import { MyOverview } from './MyOverview';
import { ConsentLanding } from './quotes/ConsentLanding';
import { SignInForm } from './SignInForm';

const t = texts.myData;

function linkFromLocation() {
  return typeof window === 'undefined' ? null : linkInFragment(window.location.hash);
}

/**
 * `/mijn-gegevens`: the participant's own place. Without a session, the form that mails a
 * one-time link; with a link in the address (`#aanmelden=…`, `#bevestigen=…`), the button
 * that uses it; signed in, the overview.
 */
export function MyDataPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useDocumentTitle(t.title);
  const [link, setLink] = useState(linkFromLocation);
  const [notice, setNotice] = useState<string | null>(null);
  const me = useQuery(trpc.participant.me.queryOptions());
  useEffect(() => {
    // The token leaves the address bar at once: no history entry or screenshot keeps it.
    if (link) window.history.replaceState(null, '', window.location.pathname);
  }, [link]);
  const done = (message: string | null) => {
    setLink(null);
    setNotice(message);
  };
  return (
    <>
      <div className="page-intro">
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
      </div>
      {notice ? (
        <div className="notice notice--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      {link?.purpose === 'consent' ? (
        <ConsentLanding token={link.token} onDone={done} onRestart={() => done(null)} />
      ) : link ? (
        <LinkLanding
          purpose={link.purpose}
          token={link.token}
          onDone={(confirmed) => done(confirmed ? t.confirmed : null)}
          onRestart={() => done(null)}
        />
      ) : me.isPending ? (
        <LoadingState lines={2} />
      ) : me.data?.email ? (
        <MyOverview
          onErased={() => {
            setNotice(t.erased);
            void queryClient.invalidateQueries({ queryKey: trpc.participant.pathKey() });
          }}
        />
      ) : (
        <SignInForm />
      )}
    </>
  );
}
