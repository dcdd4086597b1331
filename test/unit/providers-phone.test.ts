import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseUkPhone, relayUkNumber } from '../../src/providers/phone.js';

describe('parseUkPhone', () => {
  const cases: { name: string; value: string; display: string; href: string }[] = [
    {
      name: 'a five-digit area code',
      value: '01332 228748',
      display: '01332 228748',
      href: 'tel:+441332228748',
    },
    { name: 'no spaces', value: '01332228748', display: '01332 228748', href: 'tel:+441332228748' },
    {
      name: '+44 (0)',
      value: '+44 (0)1332 623732',
      display: '01332 623732',
      href: 'tel:+441332623732',
    },
    {
      name: '+44 without the 0',
      value: '+44 1332 623732',
      display: '01332 623732',
      href: 'tel:+441332623732',
    },
    {
      name: '+44 with a stray 0',
      value: '+44 01332 623732',
      display: '01332 623732',
      href: 'tel:+441332623732',
    },
    { name: '0044', value: '0044 1332 623732', display: '01332 623732', href: 'tel:+441332623732' },
    {
      name: 'dashes and brackets',
      value: '(01332) 228-748',
      display: '01332 228748',
      href: 'tel:+441332228748',
    },
    { name: 'dots', value: '01332.228.748', display: '01332 228748', href: 'tel:+441332228748' },
    {
      name: 'a tel: prefix',
      value: 'tel:+441332228748',
      display: '01332 228748',
      href: 'tel:+441332228748',
    },
    {
      name: 'a 011x city',
      value: '01134960000',
      display: '0113 496 0000',
      href: 'tel:+441134960000',
    },
    {
      name: 'a 01x1 city',
      value: '0121 4960000',
      display: '0121 496 0000',
      href: 'tel:+441214960000',
    },
    {
      name: 'Edinburgh',
      value: '01314960000',
      display: '0131 496 0000',
      href: 'tel:+441314960000',
    },
    { name: 'London', value: '02079460000', display: '020 7946 0000', href: 'tel:+442079460000' },
    {
      name: 'Cardiff',
      value: '029 2018 0000',
      display: '029 2018 0000',
      href: 'tel:+442920180000',
    },
    {
      name: 'Belfast',
      value: '028 9649 6000',
      display: '028 9649 6000',
      href: 'tel:+442896496000',
    },
    {
      name: 'a 03 number',
      value: '03069990000',
      display: '0306 999 0000',
      href: 'tel:+443069990000',
    },
    { name: 'a mobile', value: '07700900123', display: '07700 900123', href: 'tel:+447700900123' },
    {
      name: 'an 0800 number',
      value: '08001234567',
      display: '0800 123 4567',
      href: 'tel:+448001234567',
    },
    {
      name: 'a short 0800 number',
      value: '0800123456',
      display: '0800 123456',
      href: 'tel:+44800123456',
    },
    {
      name: 'an 0808 number',
      value: '08081570000',
      display: '0808 157 0000',
      href: 'tel:+448081570000',
    },
    {
      name: 'a six-digit area code',
      value: '01697712345',
      display: '016977 12345',
      href: 'tel:+441697712345',
    },
    {
      name: 'a six-digit code, short number',
      value: '0169771234',
      display: '016977 1234',
      href: 'tel:+44169771234',
    },
    {
      name: 'a ten-digit 01 number',
      value: '0120456789',
      display: '01204 56789',
      href: 'tel:+44120456789',
    },
    {
      name: 'a Relay UK number',
      value: '18001 01332 228748',
      display: '18001 01332 228748',
      href: 'tel:1800101332228748',
    },
    {
      name: 'a Relay UK freephone number',
      value: '18001 0800 123 4567',
      display: '18001 0800 123 4567',
      href: 'tel:1800108001234567',
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      expect(parseUkPhone(c.value)).to.deep.equal({ display: c.display, href: c.href });
    });
  }

  const garbage: { name: string; value: unknown }[] = [
    { name: 'words', value: 'call us' },
    { name: 'an empty string', value: '' },
    { name: 'a short code', value: '111' },
    { name: 'Childline’s short number', value: '0800 1111' },
    { name: 'too many digits', value: '013322287481' },
    { name: 'too few digits', value: '0133222874'.slice(0, 9) },
    { name: 'an unused 04 range', value: '04000 000000' },
    { name: 'an unused 06 range', value: '06000 000000' },
    { name: 'a US number', value: '+1 202 555 0100' },
    { name: 'an Irish number', value: '+353 1 234 5678' },
    { name: 'an extension', value: '01332 228748 ext 12' },
    { name: 'a letter O for a zero', value: 'O1332 228748' },
    { name: 'a plus in the middle', value: '01332+228748' },
    { name: 'HTML', value: '<a href="javascript:alert(1)">01332 228748</a>' },
    { name: 'a number', value: 1332228748 },
    { name: 'null', value: null },
    { name: 'a very long string', value: '0'.repeat(100) },
  ];
  for (const c of garbage) {
    it(`refuses ${c.name}`, () => {
      expect(parseUkPhone(c.value)).to.equal(null);
    });
  }

  it('always gives digits-only tel: links and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\+?[0-9 ()-]{6,20}$/)), (value) => {
        const phone = parseUkPhone(value);
        if (phone) {
          expect(phone.href).to.match(/^tel:(\+44[1-9]\d{8,9}|18001\d{10,11})$/);
          expect(phone.display).to.match(/^[\d ]+$/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('relayUkNumber', () => {
  it('puts 18001 before the number', () => {
    const phone = parseUkPhone('01332 228748')!;
    expect(relayUkNumber(phone)).to.deep.equal({
      display: '18001 01332 228748',
      href: 'tel:1800101332228748',
    });
  });

  it('leaves a Relay UK number as it is', () => {
    const relay = parseUkPhone('18001 01332 228748')!;
    expect(relayUkNumber(relay)).to.deep.equal(relay);
  });
});
