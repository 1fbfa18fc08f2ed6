import { describe, expect, it } from 'vitest';
import { INITIAL_DATA_ELEMENT_ID, initialDataScript, jsonForHtml } from './initial-data.script.js';
import { injectIntoIndex } from './agenda-index.route.js';

const HOSTILE = '</script><script>alert(1)</script><!-- & \u2028 \u2029 >';

describe('jsonForHtml', () => {
  it('cannot close the element or open a comment, and reads back unchanged', () => {
    const json = jsonForHtml({ title: HOSTILE });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ title: HOSTILE });
  });
});

describe('initialDataScript', () => {
  it('is a JSON data element with the queries', () => {
    const element = initialDataScript([{ path: 'catalogue.themes', data: [HOSTILE] }]);
    expect(
      element.startsWith(`<script type="application/json" id="${INITIAL_DATA_ELEMENT_ID}">`),
    ).toBe(true);
    expect(element.match(/<\/script>/g)).toHaveLength(1);
    const json = element.slice(element.indexOf('>') + 1, element.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ queries: [{ path: 'catalogue.themes', data: [HOSTILE] }] });
  });
});

describe('injectIntoIndex', () => {
  const index = '<html><body><div id="root"></div><noscript>x</noscript></body></html>';

  it('puts the snapshot in #root and the data before </body>', () => {
    expect(injectIntoIndex(index, '<main>rijen</main>', '<script>data</script>')).toBe(
      '<html><body><div id="root"><main>rijen</main></div><noscript>x</noscript><script>data</script></body></html>',
    );
  });

  it('keeps $ patterns in the snapshot literal', () => {
    expect(injectIntoIndex(index, "$& $' $`", '')).toContain(`<div id="root">$& $' $\`</div>`);
  });

  it('still embeds the data in an index without #root or </body>', () => {
    expect(injectIntoIndex('<p>oud</p>', '<main></main>', '<script>d</script>')).toBe(
      '<p>oud</p><script>d</script>',
    );
  });
});
