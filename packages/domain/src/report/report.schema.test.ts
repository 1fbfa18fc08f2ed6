import { describe, expect, it } from 'vitest';
import { ReportAttachment } from './report.schema.js';

describe('ReportAttachment', () => {
  it("takes an https address or one of the site's own downloads, nothing else", () => {
    const url = (value: string) =>
      ReportAttachment.safeParse({ title: 'Schema', url: value }).success;
    expect(url('https://www.loc.example/schema.pdf')).toBe(true);
    expect(url('/downloads/reeks/jamsessies-vvlg/schema.pdf?jaar=2025')).toBe(true);
    expect(url('/downloads/reeks/jamsessies-vvlg/beschrijving.pdf')).toBe(true);
    for (const refused of [
      'http://www.loc.example/schema.pdf',
      'javascript:alert(1)',
      '//evil.example/downloads/x.pdf',
      '/downloads/../beheer/x.pdf',
      '/beheer/accounts.pdf',
      '/downloads/reeks/x/schema.pdf?jaar=2025&x=<script>',
    ]) {
      expect(url(refused), refused).toBe(false);
    }
  });
});
