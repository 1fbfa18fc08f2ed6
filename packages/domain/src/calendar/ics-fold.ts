/** UTF-8 length of one code point. */
function octetsOf(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds ICS content lines (CRLF-separated) so that no line exceeds 75 octets, breaking only
 * between code points (RFC 5545 §3.1). Same output as ical-generator's `foldLines`, which
 * builds a TextEncoder per character and so spent over 100 ms on a ten-year feed; this
 * counts octets arithmetically.
 *
 * @example foldIcsLines(`DESCRIPTION:${'é'.repeat(40)}`) // first line 74 octets, then '\r\n ' and the rest
 */
export function foldIcsLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      let folded = '';
      let octets = 0;
      for (const char of line) {
        const size = octetsOf(char.codePointAt(0) ?? 0);
        octets += size;
        if (octets > 74) {
          folded += '\r\n ';
          octets = size;
        }
        folded += char;
      }
      return folded;
    })
    .join('\r\n');
}
