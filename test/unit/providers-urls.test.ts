import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../src/providers/urls.js';

const BASE = 'https://council.example/advocacy/page.html';

describe('safeUrl', () => {
  const accepted: { name: string; value: string; base?: string; expected: string }[] = [
    {
      name: 'an https link',
      value: 'https://mind.example/refer',
      expected: 'https://mind.example/refer',
    },
    { name: 'an http link', value: 'http://mind.example', expected: 'http://mind.example/' },
    {
      name: 'spaces around',
      value: '  https://mind.example/a  ',
      expected: 'https://mind.example/a',
    },
    {
      name: 'upper-case scheme and host',
      value: 'HTTPS://Mind.Example/A',
      expected: 'https://mind.example/A',
    },
    {
      name: 'www. without a scheme',
      value: 'www.mind.example',
      expected: 'https://www.mind.example/',
    },
    { name: 'a tel: link', value: 'tel:+441332228748', expected: 'tel:+441332228748' },
    {
      name: 'a mailto: link',
      value: 'mailto:help@mind.example',
      expected: 'mailto:help@mind.example',
    },
    {
      name: 'a query with &',
      value: 'https://a.example/?x=1&y=2',
      expected: 'https://a.example/?x=1&y=2',
    },
    {
      name: 'a relative link with a base',
      value: 'refer.html',
      base: BASE,
      expected: 'https://council.example/advocacy/refer.html',
    },
    {
      name: 'a root-relative link with a base',
      value: '/refer',
      base: BASE,
      expected: 'https://council.example/refer',
    },
    {
      name: 'an absolute link ignores the base',
      value: 'https://other.example/',
      base: BASE,
      expected: 'https://other.example/',
    },
    {
      name: 'a non-ASCII host is punycoded',
      value: 'https://cymraeg.ŵ.example/',
      expected: 'https://cymraeg.xn--9ga.example/',
    },
  ];
  for (const c of accepted) {
    it(`accepts ${c.name}`, () => {
      expect(safeUrl(c.value, undefined, c.base)).to.equal(c.expected);
    });
  }

  const refused: { name: string; value: unknown; base?: string; allowed?: string[] }[] = [
    { name: 'javascript:', value: 'javascript:alert(1)' },
    { name: 'JavaScript: in mixed case', value: 'JaVaScRiPt:alert(1)' },
    { name: 'a tab inside the scheme', value: 'java\tscript:alert(1)' },
    { name: 'a new line inside the scheme', value: 'java\nscript:alert(1)' },
    { name: 'a leading space', value: ' javascript:alert(1)' },
    { name: 'a leading control character', value: '\u0001javascript:alert(1)' },
    { name: 'a NUL byte', value: 'https://a.example/\u0000' },
    { name: 'a zero-width space', value: 'java\u200bscript:alert(1)' },
    { name: 'a right-to-left override', value: 'https://a.example/\u202egpj.exe' },
    { name: 'an entity for a letter', value: '&#106;avascript:alert(1)', base: BASE },
    { name: 'a hex entity', value: '&#x6A;avascript:alert(1)', base: BASE },
    { name: 'a named entity', value: 'javascript&colon;alert(1)', base: BASE },
    { name: 'data:', value: 'data:text/html,<script>alert(1)</script>' },
    { name: 'vbscript:', value: 'vbscript:msgbox(1)' },
    { name: 'blob:', value: 'blob:https://a.example/uuid' },
    { name: 'file:', value: 'file:///etc/passwd' },
    { name: 'ftp:', value: 'ftp://a.example/' },
    { name: 'protocol-relative', value: '//evil.example/', base: BASE },
    { name: 'backslash protocol-relative', value: '\\\\evil.example', base: BASE },
    { name: 'slash-backslash', value: '/\\evil.example', base: BASE },
    { name: 'three slashes', value: '///evil.example', base: BASE },
    { name: 'a relative link without a base', value: 'refer.html' },
    {
      name: 'a relative link with a base that has no origin',
      value: 'x.html',
      base: 'about:blank',
    },
    { name: 'credentials before the host', value: 'https://council.example@evil.example/' },
    { name: 'a space inside', value: 'https://a.example/a b' },
    { name: 'an empty string', value: '' },
    { name: 'only spaces', value: '   ' },
    { name: 'a number', value: 42 },
    { name: 'an object', value: { href: 'https://a.example' } },
    { name: 'null', value: null },
    { name: 'a very long link', value: `https://a.example/${'a'.repeat(3000)}` },
    {
      name: 'tel: where only web links are allowed',
      value: 'tel:123',
      allowed: ['http:', 'https:'],
    },
    { name: 'http: without a host', value: 'http:' },
  ];
  for (const c of refused) {
    it(`refuses ${c.name}`, () => {
      expect(safeUrl(c.value, c.allowed, c.base)).to.equal(null);
    });
  }

  it('never lets through a scheme that is not allowed, whatever the input', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('javascript:', 'data:', 'vbscript:', 'blob:', 'file:', '//', '\\\\', 'www.'),
    );
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 4 }), fc.boolean(), (parts, withBase) => {
        const result = safeUrl(parts.join(''), undefined, withBase ? BASE : undefined);
        if (result === null) return;
        const url = new URL(result);
        expect(['http:', 'https:', 'tel:', 'mailto:']).to.include(url.protocol);
        expect(result).not.to.match(/[\s\p{Cc}]/u);
        if (url.protocol.startsWith('http') && !/^(https?:|www\.)/i.test(parts.join('').trim())) {
          expect(url.origin).to.equal(new URL(BASE).origin);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
