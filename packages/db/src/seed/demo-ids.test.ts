import { describe, expect, it } from 'vitest';
import { demoId, uuidV5 } from './demo-ids.js';

describe('uuidV5', () => {
  it('matches the well-known RFC vector for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('demoId', () => {
  it('is stable for the same name', () => {
    expect(demoId('series:jamsessies-vvlg')).toBe(demoId('series:jamsessies-vvlg'));
  });

  it('differs for different names', () => {
    expect(demoId('theme:open-deuren')).not.toBe(demoId('theme:voorbij-sectoren'));
  });

  it('is a version 5 UUID with the RFC variant', () => {
    expect(demoId('movement:zorg')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
