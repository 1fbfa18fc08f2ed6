/** Texts of choosing, changing and resetting a password. */
export const passwordTexts = {
  changeTitle: 'Wachtwoord wijzigen',
  changeLead:
    'Kies een wachtwoord dat je nergens anders gebruikt. Op je andere apparaten word je daarna uitgelogd.',
  forcedTitle: 'Kies je eigen wachtwoord',
  forcedLead:
    'Je bent ingelogd met een tijdelijk wachtwoord. Kies eerst een eigen wachtwoord; daarna kun je verder.',
  current: 'Huidig wachtwoord',
  currentTemporary: 'Tijdelijk wachtwoord',
  currentRequired: 'Vul je huidige wachtwoord in.',
  new: 'Nieuw wachtwoord',
  newHint:
    'Minstens 12 tekens en moeilijk te raden. Tip: een zin van vier of meer gewone woorden, zoals ‘fiets regen koffie lamp’.',
  newRequired: 'Vul een nieuw wachtwoord in.',
  repeat: 'Herhaal het nieuwe wachtwoord',
  repeatDifferent: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
  save: 'Wachtwoord opslaan',
  saving: 'Bezig met opslaan…',
  changed: 'Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.',
  forgotLink: 'Wachtwoord vergeten?',
  forgotTitle: 'Wachtwoord vergeten',
  forgotLead:
    'Vul het e-mailadres van je account in. Je krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.',
  forgotSubmit: 'Stuur de link',
  forgotSubmitting: 'Bezig met versturen…',
  forgotSent: (email: string) =>
    `Als ${email} bij een account hoort, staat er binnen een paar minuten een e-mail met een link in je inbox. De link werkt één keer en 30 minuten lang. Kijk ook in je map met ongewenste e-mail.`,
  resetTitle: 'Nieuw wachtwoord kiezen',
  resetLead:
    'Kies een nieuw wachtwoord voor je account. Overal waar je nog was ingelogd, word je uitgelogd.',
  resetMissingToken:
    'Deze link is onvolledig. Open de link uit de e-mail opnieuw, of vraag een nieuwe aan.',
  resetDone: 'Je nieuwe wachtwoord is opgeslagen. Log in met je nieuwe wachtwoord.',
  askNewLink: 'Vraag een nieuwe link aan',
  toSignIn: 'Naar inloggen',
  signOut: 'Uitloggen',
} as const;
