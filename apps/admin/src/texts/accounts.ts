export const authTexts = {
  title: 'Inloggen',
  intro:
    'Log in met je e-mailadres en wachtwoord om Jamsessies te plannen, te begeleiden en verslagen te publiceren.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  submit: 'Inloggen',
  submitting: 'Bezig met inloggen…',
  forgot: 'Nog geen account? Vraag het de beheerder van de Jamsessies.',
  signedOut: 'Je bent uitgelogd.',
  checking: 'Even kijken of je al bent ingelogd…',
  emailRequired: 'Vul je e-mailadres in.',
  passwordRequired: 'Vul je wachtwoord in.',
} as const;

export const accountsTexts = {
  title: 'Accounts',
  lead: 'Wie kan inloggen in de beheeromgeving. Een coördinator plant, begeleidt en publiceert; een beheerder beheert ook de accounts.',
  colName: 'Naam',
  colEmail: 'E-mailadres',
  colRole: 'Rol',
  colLastLogin: 'Laatst ingelogd',
  colStatus: 'Status',
  roles: { coordinator: 'Coördinator', admin: 'Beheerder' } as Record<string, string>,
  active: 'Actief',
  disabled: 'Uitgeschakeld',
  never: 'Nog nooit',
  you: '(jij)',
  disable: 'Uitschakelen',
  enable: 'Weer inschakelen',
  makeAdmin: 'Maak beheerder',
  makeCoordinator: 'Maak coördinator',
  actionFor: (action: string, name: string) => `${action}: ${name}`,
  newTitle: 'Nieuw account',
  newLead:
    'Het account krijgt een tijdelijk wachtwoord. Geef het persoonlijk door; bij de eerste keer inloggen kiest de nieuwe coördinator een eigen wachtwoord.',
  fields: {
    displayName: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
  },
  create: 'Account aanmaken',
  created: 'Het account is aangemaakt.',
  resetPassword: 'Nieuw tijdelijk wachtwoord',
  resetConfirmTitle: (name: string) => `Nieuw tijdelijk wachtwoord voor ${name}?`,
  resetConfirmText:
    'Het huidige wachtwoord werkt daarna niet meer en alle sessies van dit account worden beëindigd. Bij het inloggen met het tijdelijke wachtwoord moet een eigen wachtwoord worden gekozen.',
  temporaryTitle: (name: string) => `Tijdelijk wachtwoord voor ${name}`,
  temporaryExplained:
    'Geef dit wachtwoord persoonlijk door (niet per e-mail). Het is maar één keer te zien. Bij het inloggen moet een eigen wachtwoord worden gekozen; eerdere sessies van dit account zijn beëindigd.',
  temporaryDismiss: 'Ik heb het doorgegeven',
  changed: 'Het account is aangepast.',
} as const;
