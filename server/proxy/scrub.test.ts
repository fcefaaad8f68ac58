import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Text } from './body-limit.ts';
import { containsBytes, createByteScrubber, createScrubber } from './scrub.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('containsBytes', () => {
  it('finds a needle anywhere, including after a false start', () => {
    expect(containsBytes(utf8('abcdef'), utf8('abc'))).toBe(true);
    expect(containsBytes(utf8('abcdef'), utf8('cde'))).toBe(true);
    expect(containsBytes(utf8('abcdef'), utf8('def'))).toBe(true);
    expect(containsBytes(utf8('aaab'), utf8('aab'))).toBe(true);
    expect(containsBytes(utf8('Zoë'), utf8('ë'))).toBe(true);
    expect(containsBytes(utf8('abcdef'), utf8('abd'))).toBe(false);
    expect(containsBytes(utf8('de'), utf8('def'))).toBe(false);
    expect(containsBytes(utf8(''), utf8('a'))).toBe(false);
    expect(containsBytes(utf8('xyz'), utf8('z'))).toBe(true);
    expect(containsBytes(utf8('xyz'), utf8('xyz'))).toBe(true);
    expect(containsBytes(utf8('xyz'), utf8('q'))).toBe(false);
    expect(containsBytes(utf8('abcabd'), utf8('abd'))).toBe(true);
  });
});

describe('createByteScrubber', () => {
  const secrets = ['s3cr3t-token', 'key/with+chars', 'clé-secrète'];
  const scrubBytes = createByteScrubber(secrets);

  it('hands back the very same bytes when no secret is in them', () => {
    const bytes = utf8('{"items":[{"title":"s3cr3t-toke"}],"total":1}');
    expect(scrubBytes(bytes)).toBe(bytes);
  });

  it('redacts every form of every secret, as the text scrubber does', () => {
    const text = '{"a":"s3cr3t-token","b":"key%2Fwith%2Bchars","c":"key/with+chars","d":"clé-secrète"}';
    expect(utf8Text(scrubBytes(utf8(text)))).toBe(
      '{"a":"[redacted]","b":"[redacted]","c":"[redacted]","d":"[redacted]"}',
    );
  });

  it('agrees with the text scrubber on any body, valid UTF-8 or not', () => {
    const scrub = createScrubber(secrets);
    const piece = fc.oneof(
      fc.constantFrom(...secrets, 's3cr3t', 'key%2F', 'clé', '\u00e9', '"'),
      fc.string({ maxLength: 8 }),
      fc.uint8Array({ maxLength: 3 }).map((b) => new TextDecoder('latin1').decode(b)),
    );
    const body = fc.array(fc.oneof(piece.map(utf8), fc.uint8Array({ maxLength: 2 })), { maxLength: 12 });
    fc.assert(
      fc.property(body, (parts) => {
        const bytes = new Uint8Array(parts.flatMap((p) => [...p]));
        expect(utf8Text(scrubBytes(bytes))).toBe(scrub(utf8Text(bytes)));
      }),
    );
  });
});
