import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/contact-card.js';
import type { AdvocacyContactCard } from '../../src/elements/advocacy-contact-card.js';
import { isOpenAt, parseHoursText } from '../../src/providers/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/console.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
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
      const main = await fixture(html`<main>
        <advocacy-contact-card
          ><script type="application/json">${JSON.stringify(FULL)}</script></advocacy-contact-card
        >
      </main>`);
      await expectAccessible(main);
    });

    it('is axe-clean as a list from a JSON file, and in kiosk mode', async () => {
      const main = await fixture(html`<main>
        <advocacy-contact-card kiosk src="/demo/providers.example.json"></advocacy-contact-card>
      </main>`);
      const el = main.querySelector('advocacy-contact-card')!;
      await captureWarnings(() => settled(el));
      expect($$(el, '.card').length).to.be.greaterThan(1);
      await expectAccessible(main);
    });
  });

  describe('input formats', () => {
    it('reads attributes', async () => {
      const el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card
        name="Example Advocacy"
        phone="01332641633"
        email="hello@example.org"
        services="imha, imca"
        hours="Mon-Fri 9:00-17:00"
      ></advocacy-contact-card>`);
      expect($(el, 'h2')!.textContent).to.equal('Example Advocacy');
      const phone = $(el, 'a.phone')!;
      expect(phone.textContent).to.equal('01332 641633');
      expect(phone.getAttribute('href')).to.equal('tel:+441332641633');
      expect(hrefs(el)).to.include('mailto:hello@example.org');
      expect(el.shadowRoot!.textContent).to.contain('Independent Mental Health Advocate');
      expect(el.shadowRoot!.textContent).to.contain('Monday to Friday: 9am to 5pm');
    });

    it('reads inline JSON and shows every field', async () => {
      const el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card
        ><script type="application/json">${JSON.stringify(FULL)}</script></advocacy-contact-card
      >`);
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
        html`<advocacy-contact-card src="/demo/providers.example.json" service="imha" area="Derby"></advocacy-contact-card>`,
      );
      await captureWarnings(() => settled(el));
      const names = $$(el, '.card h2').map((h) => h.textContent);
      expect(names).to.include('ONE Advocacy Derby');
      expect(names).to.not.include('Derbyshire Mind');
    });

    it('reads an Open Referral UK service record from src', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card src="/demo/providers.oruk.example.json"></advocacy-contact-card>`,
      );
      await captureWarnings(() => settled(el));
      expect($(el, 'h2')!.textContent).to.equal('ONE Advocacy Derby');
      expect($(el, 'a.phone')!.getAttribute('href')).to.equal('tel:+441332228748');
    });

    it('takes providers from script, and filters them by service and area', async () => {
      let el!: AdvocacyContactCard;
      await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card service="care-act"></advocacy-contact-card>`);
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
      const el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card
        ><script type="application/json">${JSON.stringify({
          name: evil,
          phone: '0300 123 4567',
          alert: evil,
          address: { lines: [evil] },
          areas: [evil],
          languages: [evil],
          singlePointOfAccess: true,
          singlePointOfAccessNote: evil,
          organisation: evil,
        })}</script></advocacy-contact-card
      >`);
      expect($(el, 'img')).to.equal(null);
      expect($$(el, 'script')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect($(el, 'h2')!.textContent).to.contain('<img');
    });

    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      it(`never puts ${JSON.stringify(url)} in an href, and warns once`, async () => {
        let el!: AdvocacyContactCard;
        const warnings = await captureWarnings(async () => {
          el = await fixture<AdvocacyContactCard>(
            html`<advocacy-contact-card name="Example" phone="0300 123 4567" website=${url} referral-url=${url}></advocacy-contact-card>`,
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
        el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card phone="0300 123 4567"></advocacy-contact-card>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect($(el, '[part="editor-message"]')!.textContent).to.contain('no name');
      expect(warnings).to.have.length(1);
    });

    it('shows a message for the editor when there is no way to make contact', async () => {
      let el!: AdvocacyContactCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card name="Example"></advocacy-contact-card>`);
      });
      expect($(el, '[part="editor-message"]')!.textContent).to.contain('no way to get in touch');
      expect(warnings.join()).to.contain('nobody can contact it');
    });

    it('shows the editor\'s fallback content when src fails', async () => {
      let el!: AdvocacyContactCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card src="/no-such-file.json"
          ><p>Call Example Advocacy on 0300 123 4567.</p></advocacy-contact-card
        >`);
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
        el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card src=${bad}></advocacy-contact-card>`);
        await settled(el);
      });
      // blob: is not http(s), so it is refused before any request; the person sees a message.
      expect(el.shadowRoot!.textContent).to.contain('could not be shown');
    });

    it('gives up on a slow src after the timeout and shows the fallback', async () => {
      const realFetch = window.fetch.bind(window);
      window.fetch = (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      try {
        let el!: AdvocacyContactCard;
        const warnings = await captureWarnings(async () => {
          el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card src="/slow.json" timeout="100"
            ><p>Fallback details</p></advocacy-contact-card
          >`);
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
          el = await fixture<AdvocacyContactCard>(html`<advocacy-contact-card src="/broken.json"></advocacy-contact-card>`);
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
        html`<advocacy-contact-card name="Helpline" phone="0800 123 4567" hours="Mon-Sun 00:00-24:00"></advocacy-contact-card>`,
      );
      expect($(el, '.open-now')!.textContent).to.contain('Open now');
    });

    it('agrees with the UK clock for a weekday timetable', async () => {
      const hours = 'Mon-Fri 9:00-17:00';
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card name="Office" phone="0300 123 4567" hours=${hours}></advocacy-contact-card>`,
      );
      const open = isOpenAt(parseHoursText(hours)!, new Date());
      expect($(el, '.open-now')!.textContent).to.contain(open ? 'Open now' : 'Closed now');
      expect(el.shadowRoot!.textContent).to.contain('Saturday and Sunday: closed');
    });
  });

  describe('save and share', () => {
    it('downloads a vCard with "Save contact"', async () => {
      const el = await fixture<AdvocacyContactCard>(
        html`<advocacy-contact-card name="Example Advocacy" phone="0300 123 4567"></advocacy-contact-card>`,
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
        html`<advocacy-contact-card name="Example Advocacy" phone="0300 123 4567" services="imha"></advocacy-contact-card>`,
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
});
