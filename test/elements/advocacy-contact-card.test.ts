import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/contact-card.js';
import type { AdvocacyContactCard } from '../../src/elements/advocacy-contact-card.js';
import { LIMITS, isOpenAt, parseHoursText } from '../../src/providers/index.js';
import {
  SOURCE_LOCALE,
  forgetChosenLocale,
  getLocale,
  requestLocale,
} from '../../src/i18n/locale.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/console.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const hrefs = (el: Element) => $$(el, '[href]').map((a) => a.getAttribute('href') ?? '');

/** Waits until a card that loads `src` has finished. */
async function settled(el: AdvocacyContactCard): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    await el.updateComplete;
    const state = (el as unknown as { loadState: string }).loadState;
    if (state !== 'loading') return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const FULL = {
  id: 'example',
  name: 'Example Advocacy',
  services: ['imha', 'care-act'],
  areas: ['Derby'],
  phone: '01332 641633',
  sms: '07700 900123',
  textphone: '01332 640000',
  relayUk: true,
  referralHelpByPhone: true,
  email: 'hello@example.org',
  website: 'https://example.org/advocacy',
  referralUrl: 'https://example.org/refer',
  mapUrl: 'https://www.openstreetmap.org/search?query=DE1%201AA',
  address: { lines: ['1 Example Street', 'Derby'], postcode: 'DE1 1AA' },
  hours: { monday: [['09:00', '17:00']], tuesday: [['09:00', '17:00']] },
  whoCanRefer: { self: true, family: true, professional: true },
  languages: ['en', 'cy', 'pl', 'BSL'],
  singlePointOfAccess: true,
  alert: 'Closed for training on Friday',
  lastChecked: '2026-11-26',
};

describe('<advocacy-contact-card>', () => {
  describe('accessibility', () => {
    it('is axe-clean with every field', async () => {
      const main = await fixture(
        html`<main>
          <advocacy-contact-card
            ><script type="application/json">
              ${JSON.stringify(FULL)}
            </script></advocacy-contact-card
          >
        </main>`,
      );
      await expectAccessible(main);
    });

    it('is axe-clean as a list from a JSON file, and in kiosk mode', async () => {
      const main = await fixture(
        html`<main>
          <advocacy-contact-card kiosk src="/demo/providers.example.json"></advocacy-contact-card>
        </main>`,
      );
      const el = main.querySelector('advocacy-contact-card')!;
      await captureWarnings(() => settled(el));
      expect($$(el, '.card').length).to.be.greaterThan(1);
      await expectAccessible(main);
    });
  });

  describe('input formats', () => {
    it('reads attributes', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          name="Example Advocacy"
          phone="01332641633"
          email="hello@example.org"
          services="imha, imca"
          hours="Mon-Fri 9:00-17:00"
        ></advocacy-contact-card>`,
      );
      expect($(el, 'h2')!.textContent).to.equal('Example Advocacy');
      const phone = $(el, 'a.phone')!;
      expect(phone.textContent).to.equal('01332 641633');
      expect(phone.getAttribute('href')).to.equal('tel:+441332641633');
      expect(hrefs(el)).to.include('mailto:hello@example.org');
      expect(el.shadowRoot!.textContent).to.contain('Independent Mental Health Advocate');
      expect(el.shadowRoot!.textContent).to.contain('Monday to Friday: 9am to 5pm');
    });

    it('reads inline JSON and shows every field', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          ><script type="application/json">
            ${JSON.stringify(FULL)}
          </script></advocacy-contact-card
        >`,
      );
      const text = el.shadowRoot!.textContent.replace(/\s+/g, ' ');
      for (const expected of [
        'Closed for training on Friday',
        'single point of access',
        'Text message (SMS)',
        'Textphone',
        'Relay UK',
        '18001 01332 641633',
        'Need help with the referral form? Call us.',
        'DE1 1AA',
        'You can refer yourself.',
        'A family member or friend can refer you.',
        'Welsh',
        'Polish',
        'BSL',
        '26 November 2026',
        'Monday and Tuesday: 9am to 5pm',
      ]) {
        expect(text, expected).to.contain(expected);
      }
      // Each "who can refer" sentence is on its own line.
      const lines = $$(el, '.line');
      expect(lines.length).to.equal(3);
      for (const line of lines) expect(getComputedStyle(line).display).to.equal('block');
      expect(hrefs(el)).to.include.members([
        'tel:+441332641633',
        'sms:+447700900123',
        'mailto:hello@example.org',
        'https://example.org/advocacy',
        'https://example.org/refer',
      ]);
    });

    it('reads our JSON format from src', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          src="/demo/providers.example.json"
          service="imha"
          area="Derby"
        ></advocacy-contact-card>`,
      );
      await captureWarnings(() => settled(el));
      const names = $$(el, '.card h2').map((h) => h.textContent);
      expect(names).to.include('ONE Advocacy Derby');
      expect(names).to.not.include('Derbyshire Mind');
    });

    it('reads an Open Referral UK service record from src', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          src="/demo/providers.oruk.example.json"
        ></advocacy-contact-card>`,
      );
      await captureWarnings(() => settled(el));
      expect($(el, 'h2')!.textContent).to.equal('ONE Advocacy Derby');
      expect($(el, 'a.phone')!.getAttribute('href')).to.equal('tel:+441332228748');
    });

    it('takes providers from script, and filters them by service and area', async () => {
      let el!: AdvocacyContactCard;
      await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(
          html`<advocacy-contact-card service="care-act"></advocacy-contact-card>`,
        );
      });
      el.providers = [
        { name: 'A', phone: '0300 123 4567', services: ['imha'], areas: ['Leeds'] },
        { name: 'B', phone: '0300 123 4568', services: ['care-act'], areas: ['Leeds'] },
        { name: 'C', phone: '0300 123 4569', services: ['care-act'], areas: ['York'] },
      ];
      await el.updateComplete;
      expect($$(el, '.card h2').map((h) => h.textContent)).to.deep.equal(['B', 'C']);
      el.area = ' leeds ';
      await el.updateComplete;
      expect($$(el, '.card h2').map((h) => h.textContent)).to.deep.equal(['B']);
    });
  });

  describe('bad or missing data', () => {
    it('renders hostile strings in every field as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          ><script type="application/json">
            ${JSON.stringify({
              name: evil,
              phone: '0300 123 4567',
              alert: evil,
              address: { lines: [evil] },
              areas: [evil],
              languages: [evil],
              singlePointOfAccess: true,
              singlePointOfAccessNote: evil,
              organisation: evil,
            })}
          </script></advocacy-contact-card
        >`,
      );
      expect($(el, 'img')).to.equal(null);
      expect($$(el, 'script')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect($(el, 'h2')!.textContent).to.contain('<img');
    });

    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      it(`never puts ${JSON.stringify(url)} in an href, and warns once`, async () => {
        let el!: AdvocacyContactCard;
        const warnings = await captureWarnings(async () => {
          el = await fixture<AdvocacyContactCard>(
            html`<advocacy-contact-card
              name="Example"
              phone="0300 123 4567"
              website=${url}
              referral-url=${url}
            ></advocacy-contact-card>`,
          );
          el.requestUpdate();
          await el.updateComplete;
        });
        for (const href of hrefs(el)) expect(href).to.match(/^(tel:|sms:|mailto:|https?:)/);
        expect(warnings.filter((w) => w.includes('unsafe'))).to.have.length(1);
      });
    }

    it('shows a message for the editor when the name is missing, and warns once', async () => {
      let el!: AdvocacyContactCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(
          html`<advocacy-contact-card phone="0300 123 4567"></advocacy-contact-card>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect($(el, '[part="editor-message"]')!.textContent).to.contain('no name');
      expect(warnings).to.have.length(1);
    });

    it('shows a message for the editor when there is no way to make contact', async () => {
      let el!: AdvocacyContactCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(
          html`<advocacy-contact-card name="Example"></advocacy-contact-card>`,
        );
      });
      expect($(el, '[part="editor-message"]')!.textContent).to.contain('no way to get in touch');
      expect(warnings.join()).to.contain('nobody can contact it');
    });

    it("shows the editor's fallback content when src fails", async () => {
      let el!: AdvocacyContactCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(
          html`<advocacy-contact-card src="/no-such-file.json"
            ><p>Call Example Advocacy on 0300 123 4567.</p></advocacy-contact-card
          >`,
        );
        await settled(el);
      });
      const slot = $(el, 'slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.contain('0300 123 4567');
      expect(warnings.join()).to.contain('could not load');
    });

    it('shows a friendly message when src is malformed and there is no fallback', async () => {
      const bad = URL.createObjectURL(new Blob(['{ not json'], { type: 'application/json' }));
      let el!: AdvocacyContactCard;
      await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(
          html`<advocacy-contact-card src=${bad}></advocacy-contact-card>`,
        );
        await settled(el);
      });
      // blob: is not http(s), so it is refused before any request; the person sees a message.
      expect(el.shadowRoot!.textContent).to.contain('could not be shown');
    });

    it('gives up on a slow src after the timeout and shows the fallback', async () => {
      const realFetch = window.fetch.bind(window);
      window.fetch = (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('Aborted', 'AbortError')),
          ),
        );
      try {
        let el!: AdvocacyContactCard;
        const warnings = await captureWarnings(async () => {
          el = await fixture<AdvocacyContactCard>(
            html`<advocacy-contact-card src="/slow.json" timeout="100"
              ><p>Fallback details</p></advocacy-contact-card
            >`,
          );
          await settled(el);
        });
        expect((el as unknown as { loadState: string }).loadState).to.equal('failed');
        expect(warnings.join()).to.contain('no answer within 0.1 seconds');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shows a friendly message for malformed JSON from src', async () => {
      const realFetch = window.fetch.bind(window);
      window.fetch = () => Promise.resolve(new Response('{ "providers": [ oops', { status: 200 }));
      try {
        let el!: AdvocacyContactCard;
        await captureWarnings(async () => {
          el = await fixture<AdvocacyContactCard>(
            html`<advocacy-contact-card src="/broken.json"></advocacy-contact-card>`,
          );
          await settled(el);
        });
        expect(el.shadowRoot!.textContent).to.contain('could not be shown');
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('opening hours', () => {
    it('says open now when the provider is always open', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          name="Helpline"
          phone="0800 123 4567"
          hours="Mon-Sun 00:00-24:00"
        ></advocacy-contact-card>`,
      );
      expect($(el, '.open-now')!.textContent).to.contain('Open now');
    });

    it('agrees with the UK clock for a weekday timetable', async () => {
      const hours = 'Mon-Fri 9:00-17:00';
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          name="Office"
          phone="0300 123 4567"
          hours=${hours}
        ></advocacy-contact-card>`,
      );
      const open = isOpenAt(parseHoursText(hours)!, new Date());
      expect($(el, '.open-now')!.textContent).to.contain(open ? 'Open now' : 'Closed now');
      expect(el.shadowRoot!.textContent).to.contain('Saturday and Sunday: closed');
    });
  });

  describe('save and share', () => {
    it('downloads a vCard with "Save contact"', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          name="Example Advocacy"
          phone="0300 123 4567"
        ></advocacy-contact-card>`,
      );
      const realCreate = URL.createObjectURL.bind(URL);
      let blob: Blob | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return realCreate(b);
      };
      try {
        const button = $(el, 'button.save')!;
        expect(button.textContent).to.contain('Save contact');
        button.click();
        await waitUntil(() => blob, 'the vCard is made');
      } finally {
        URL.createObjectURL = realCreate;
      }
      const text = await blob!.text();
      expect(text).to.contain('BEGIN:VCARD');
      expect(text).to.contain('FN:Example Advocacy');
    });

    it('describes the service to search engines in the light DOM, unless no-json-ld', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card
          name="Example Advocacy"
          phone="0300 123 4567"
          services="imha"
        ></advocacy-contact-card>`,
      );
      await el.jsonLdPlaced;
      const script = el.querySelector('script[type="application/ld+json"]');
      expect(script).to.not.equal(null);
      const data = JSON.parse(script!.textContent) as Record<string, unknown>;
      expect(data['@type']).to.equal('GovernmentService');
      el.noJsonLd = true;
      await el.updateComplete;
      await el.jsonLdPlaced;
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });
  });

  describe('languages: numbers, names, days and times', () => {
    afterEach(async () => {
      forgetChosenLocale();
      await requestLocale(SOURCE_LOCALE);
    });

    /** A card in `locale`, with the clock set to Saturday 10 January 2026, midday (GMT). */
    async function cardIn(
      locale: string,
      provider: Record<string, unknown>,
      attrs = '',
    ): Promise<AdvocacyContactCard> {
      const box = await fixture(html`<div lang=${locale}></div>`);
      box.innerHTML = `<advocacy-contact-card ${attrs}><script type="application/json">${JSON.stringify(provider)}</script></advocacy-contact-card>`;
      const el = box.querySelector('advocacy-contact-card')!;
      await waitUntil(() => getLocale() === locale, `${locale} loads`);
      (el as unknown as { now: Date }).now = new Date('2026-01-10T12:00:00Z');
      await el.updateComplete;
      return el;
    }

    /** Where each character of an element's text is drawn: its left edge, in reading (logical) order. */
    function lefts(node: Node): { ch: string; x: number }[] {
      const out: { ch: string; x: number }[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (
        let text = walker.nextNode() as Text | null;
        text;
        text = walker.nextNode() as Text | null
      ) {
        for (let i = 0; i < text.data.length; i += 1) {
          if (!text.data[i].trim()) continue;
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) out.push({ ch: text.data[i], x: rect.left });
        }
      }
      return out;
    }

    /** Whether the characters are drawn left to right in the order they are read. */
    const leftToRight = (node: Node) =>
      lefts(node).every((c, i, all) => i === 0 || c.x > all[i - 1].x);

    it('measures the control: a phone number left alone in right-to-left text shows its groups reversed', async () => {
      const p = await fixture(html`<p dir="rtl" lang="ar">01332 641633</p>`);
      expect(lefts(p)).to.have.length(11);
      expect(leftToRight(p)).to.equal(false);
    });

    for (const locale of ['ar', 'ur']) {
      it(`${locale}: phone, text, textphone and Relay UK numbers, email, web address and postcode read left to right`, async () => {
        const el = await cardIn(locale, FULL);
        expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
        const links = $$(el, 'dd a');
        const shown = (text: string) => {
          const link = links.find((a) => a.textContent.trim() === text);
          expect(link, text).to.exist;
          return link!;
        };
        for (const text of [
          '01332 641633',
          '07700 900123',
          '01332 640000',
          '18001 01332 641633',
          'hello@example.org',
          'example.org',
        ]) {
          const link = shown(text);
          expect(
            lefts(link)
              .map((c) => c.ch)
              .join(''),
            text,
          ).to.equal(text.replace(/\s/g, ''));
          expect(leftToRight(link), `${text} in ${locale}`).to.equal(true);
        }
        const postcode = $$(el, '.address span').find((s) => s.textContent.trim() === 'DE1 1AA')!;
        expect(leftToRight(postcode), 'postcode').to.equal(true);
      });

      it(`${locale}: an English name keeps its punctuation, in the heading and inside a sentence`, async () => {
        const el = await cardIn(locale, {
          ...FULL,
          name: 'Example Advocacy Ltd.',
          organisation: 'Example Trust Ltd.',
        });
        for (const node of [$(el, 'h2')!, $(el, '.card > p.muted')!]) {
          const chars = lefts(node);
          const at = chars.findIndex((c, i) => c.ch === 'd' && chars[i + 1]?.ch === '.');
          expect(at, node.textContent).to.be.at.least(0);
          expect(chars[at + 1].x, `"." stays after "Ltd" in ${node.localName}`).to.be.greaterThan(
            chars[at].x,
          );
        }
      });
    }

    it('ar: provider text cannot turn itself around with bidi controls', async () => {
      const el = await cardIn('ar', {
        ...FULL,
        name: '\u202E0123 Advocacy',
        alert: 'Call \u2067 0123',
      });
      expect(el.shadowRoot!.textContent).not.to.match(/[\u202A-\u202E\u2067]/);
      expect(leftToRight($(el, 'h2')!)).to.equal(true);
    });

    it('cy: Welsh days, with the mutation the sentence needs, and Welsh times', async () => {
      const el = await cardIn('cy', { ...FULL, alert: undefined, hours: 'Mon-Fri 9:00-17:00' });
      const hours = $(el, 'ul.hours')!.textContent;
      expect(hours).to.contain('Dydd Llun');
      expect(hours).to.contain('Dydd Gwener');
      const line = $(el, '.open-now')!.textContent.trim();
      expect(line).to.match(/^Ar gau nawr\. Yn agor ddydd Llun am .+\.$/);
      expect(el.shadowRoot!.textContent).not.to.match(
        /Monday|Friday|Saturday|\b[AP]M\b|January|November/,
      );
      expect($(el, '.card > p.muted:last-of-type')!.textContent).to.contain('26 Tachwedd 2026');
    });

    for (const [locale, monday, morning, evening] of [
      ['pa', 'ਸੋਮਵਾਰ', 'ਸਵੇਰੇ 9 ਵਜੇ', 'ਸ਼ਾਮ 5 ਵਜੇ'],
      ['ur', 'پیر', 'صبح 9 بجے', 'شام 5 بجے'],
    ]) {
      it(`${locale}: days in ${locale}, and its own words for morning and evening, never AM or PM`, async () => {
        const el = await cardIn(locale, { ...FULL, alert: undefined, hours: 'Mon-Fri 9:00-17:00' });
        const text = el.shadowRoot!.textContent;
        expect($(el, 'ul.hours')!.textContent).to.contain(monday);
        expect($(el, 'ul.hours')!.textContent).to.contain(morning);
        expect($(el, 'ul.hours')!.textContent).to.contain(evening);
        expect($(el, '.open-now')!.textContent).to.contain(
          `${monday} ${locale === 'pa' ? 'ਨੂੰ' : 'کو'} ${morning}`,
        );
        expect(text).not.to.match(/\b[AP]M\b|Monday|Friday|November/);
      });
    }
  });

  describe('easy read', () => {
    it('explains textphone, Relay UK and referral, which the standard card does not', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card easy-read
          ><script type="application/json">
            ${JSON.stringify(FULL)}
          </script></advocacy-contact-card
        >`,
      );
      await waitUntil(() => $$(el, '.explain').length === 3, 'three explanations');
      const words = $$(el, '.explain').map((e) => e.textContent.trim());
      expect(words[0]).to.match(/textphone is a phone that you type on/i);
      expect(words[1]).to.match(/Relay UK helps you phone by typing/);
      expect(words[2]).to.match(/referral means asking for an advocate/i);
      await expectAccessible(el);
      el.easyRead = false;
      await el.updateComplete;
      expect($$(el, '.explain')).to.have.length(0);
    });
  });

  describe('limits', () => {
    it('tells the editor when text went past a limit, and still shows the card', async () => {
      let el!: AdvocacyContactCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(
          html`<advocacy-contact-card
            ><script type="application/json">
              ${JSON.stringify({ ...FULL, name: 'N'.repeat(LIMITS.name + 50) })}
            </script></advocacy-contact-card
          >`,
        );
      });
      expect($(el, '.editor-message')!.textContent).to.contain('too long');
      expect($(el, 'h2')!.textContent.trim()).to.have.length(LIMITS.name);
      expect($(el, 'a.phone')).to.exist;
      expect(warnings.join()).to.contain('too-long');
    });

    it('tells the editor when the file is too large, and reads none of it', async () => {
      let el!: AdvocacyContactCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(
          html`<advocacy-contact-card
            ><script type="application/json">
              ${JSON.stringify({ ...FULL, _note: 'x'.repeat(LIMITS.fileSize) })}
            </script></advocacy-contact-card
          >`,
        );
      });
      expect($(el, '.editor-message')!.textContent).to.contain('too large');
      expect($(el, 'h2')).to.equal(null);
      expect(warnings.join()).to.contain('too-large');
    });

    it('stops reading a src file past the size limit, shows the fallback and tells the editor', async () => {
      const original = window.fetch.bind(window);
      let read = 0;
      // A stream that would go on well past the limit: the card must stop pulling from it.
      window.fetch = () =>
        Promise.resolve(
          new Response(
            new ReadableStream({
              pull(controller) {
                read += 1;
                controller.enqueue(new TextEncoder().encode(' '.repeat(100_000)));
                if (read > 100) controller.close();
              },
            }),
          ),
        );
      let el!: AdvocacyContactCard;
      try {
        const warnings = await captureWarnings(async () => {
          el = await fixture<AdvocacyContactCard>(
            html`<advocacy-contact-card src="/big.json"
              ><p>Call Example Advocacy.</p></advocacy-contact-card
            >`,
          );
          await settled(el);
        });
        expect(warnings.join()).to.contain('too-large');
      } finally {
        window.fetch = original;
      }
      expect($(el, '.editor-message')!.textContent).to.contain('too large');
      expect($(el, 'slot')).to.exist;
      expect(read, 'chunks read').to.be.below(20);
    });

    it('keeps the card in kiosk mode and on paper when a link is too long for a QR code', async () => {
      const long = `https://example.org/refer?${'q=1&'.repeat(300)}end=1`;
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card kiosk
          ><script type="application/json">
            ${JSON.stringify({ ...FULL, referralUrl: long })}
          </script></advocacy-contact-card
        >`,
      );
      await waitUntil(() => $$(el, 'svg.qr').length === 2, 'QR codes for the other two links');
      expect($(el, 'h2')!.textContent.trim()).to.equal(FULL.name);
      const texts = $$(el, '.address-text').map((a) => a.textContent.trim());
      expect(texts).to.include(long.replace(/^https:\/\//, ''));
      expect($$(el, '.scan')).to.have.length(2);
      el.paper = true;
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, 'h2')!.textContent.trim()).to.equal(FULL.name);
      expect($$(el, '.address-text').map((a) => a.textContent.trim())).to.include(
        long.replace(/^https:\/\//, ''),
      );
    });
  });
});
