import { describe, expect, it } from 'vitest';
import { contactsTexts, peopleTexts } from './people';

describe('the people texts count in Dutch', () => {
  it('says what erasing anonymised, in the right number', () => {
    expect(peopleTexts.erased(1, 0)).toBe('De persoon is gewist. 1 vraag is geanonimiseerd.');
    expect(peopleTexts.erased(1, 1)).toBe(
      'De persoon is gewist. 1 vraag en 1 verslag zijn geanonimiseerd.',
    );
    expect(peopleTexts.erased(3, 2)).toBe(
      'De persoon is gewist. 3 vragen en 2 verslagen zijn geanonimiseerd.',
    );
    expect(peopleTexts.erased(0, 0)).toBe('De persoon is gewist.');
  });

  it('never promises addresses to someone without an e-mail address', () => {
    expect(contactsTexts.recipient('Bart', 3, false)).toBe(
      'Bart krijgt geen lijst: geen e-mailadres bekend',
    );
    expect(contactsTexts.recipient('Sanne', 1, true)).toBe('Sanne krijgt 1 adres');
    expect(contactsTexts.saved(1, 1)).toBe(
      'Opgeslagen. 1 deelnemer vastgelegd, van wie 1 het e-mailadres deelt.',
    );
  });
});
