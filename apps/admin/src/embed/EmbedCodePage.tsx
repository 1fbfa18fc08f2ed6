import { AuthShell } from '../auth/AuthShell';
import { PageHeader } from '../common/PageHeader';
import { texts } from '../texts';
import { EmbedCodeContent } from './EmbedCodeContent';

/** The embed-code page inside the coordinators' app (menu "Insluiten"). */
export function EmbedCodePage() {
  return (
    <>
      <PageHeader title={texts.embed.title} lead={texts.embed.lead} />
      <EmbedCodeContent />
    </>
  );
}

/**
 * The same page for a visitor without an account, who came from the public agenda's
 * subscribe box: the plain frame of the screens outside the app.
 */
export function PublicEmbedCodePage() {
  return (
    <AuthShell title={texts.embed.title} lead={texts.embed.lead}>
      <EmbedCodeContent />
    </AuthShell>
  );
}
