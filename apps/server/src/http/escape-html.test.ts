import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.js';

describe('escapeHtml', () => {
  it('turns every character that could end a text or an attribute into an entity', () => {
    expect(escapeHtml(`Zorg & <welzijn> "thuis" 'samen'`)).toBe(
      'Zorg &amp; &lt;welzijn&gt; &quot;thuis&quot; &#39;samen&#39;',
    );
  });

  it('escapes the ampersand once, first', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});
