import { describe, expect, it } from 'vitest';
import { mailForCoordinator, maskEmail } from './mail-view.rules.js';

const contactList = {
  recipient: 'fenna@dewilgen.example',
  subject: 'Contactgegevens na de Jamsessie van maandag 3 maart 2025',
  text: [
    'Hallo Fenna,',
    '- Bo Jansen (GGZ Het Anker) — Bo.Jansen@hetanker.example',
    '- Cas — cas@zorg.example',
    'Je eigen adres: Fenna@DeWilgen.example',
    'Alles over deze sessie: https://jamsessie.example/agenda/jamsessie-3-maart-2025',
  ].join('\n'),
};

describe('mailForCoordinator', () => {
  it("masks the other people's addresses and keeps the recipient's own, names and public links", () => {
    const read = mailForCoordinator(contactList);
    expect(read.recipient).toBe('fenna@dewilgen.example');
    expect(read.subject).toBe(contactList.subject);
    expect(read.text).toContain('- Bo Jansen (GGZ Het Anker) — B•••@hetanker.example');
    expect(read.text).toContain('- Cas — c•••@zorg.example');
    expect(read.text).not.toContain('cas@zorg.example');
    expect(read.text).toContain('Je eigen adres: Fenna@DeWilgen.example');
    expect(read.text).toContain('https://jamsessie.example/agenda/jamsessie-3-maart-2025');
  });

  it('hides the secret of one-time links in the fragment and the query, keeping what they do', () => {
    const read = mailForCoordinator({
      recipient: 'fenna@dewilgen.example',
      subject: 'Bevestig je aanmelding',
      text: [
        'Aanmelden: https://jamsessie.example/mijn-gegevens#aanmelden=s3cr3tT0ken',
        'Bevestigen: https://jamsessie.example/abonnement/bevestigen?token=abc.def&x=1',
        'Afmelden: https://jamsessie.example/abonnement/afmelden?token=zz9',
        'Nieuw wachtwoord: https://jamsessie.example/beheer/wachtwoord-herstellen#Qm9vbQ',
      ].join('\n'),
    });
    expect(read.text).not.toMatch(/s3cr3tT0ken|abc\.def|zz9|Qm9vbQ/);
    expect(read.text).toContain('https://jamsessie.example/mijn-gegevens#aanmelden=verborgen');
    expect(read.text).toContain('/abonnement/bevestigen?token=verborgen&x=1');
    expect(read.text).toContain('/abonnement/afmelden?token=verborgen');
    expect(read.text).toContain('/beheer/wachtwoord-herstellen#verborgen');
  });

  it('masks an address in the subject too', () => {
    expect(
      mailForCoordinator({ recipient: 'a@x.example', subject: 'Over bo@y.example', text: '' })
        .subject,
    ).toBe('Over b•••@y.example');
  });
});

describe('maskEmail', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmail('fenna.devries@dewilgen.example')).toBe('f•••@dewilgen.example');
  });
});
