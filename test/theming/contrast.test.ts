import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/contact-card.js';
import {
  checkContrast,
  contrastProblems,
  contrastRatio,
  parseColour,
  watchContrast,
} from '../../src/ui/contrast.js';
import { captureWarnings } from '../helpers/console.js';

/** Adds a theme's CSS to the page; returns a function that takes it away. */
function withTheme(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

const themeFile = async (name: string) => (await fetch(`/demo/themes/${name}.css`)).text();

async function card(): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(
    html`<advocacy-contact-card
      name="Example Advocacy"
      phone="0300 123 4567"
      no-json-ld
    ></advocacy-contact-card>`,
  );
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('the contrast check (src/ui/contrast.ts)', () => {
  // Themed fixtures also start the elements' own check on the page; its console lines are
  // expected here, and tested in theme-check.test.ts, so they are kept out of the output.
  const original = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).includes("the theme's contrast is too low")) original(...args);
    };
  });
  after(() => {
    console.warn = original;
  });

  describe('colours and ratios', () => {
    const cases: {
      name: string;
      value: string;
      rgba: [number, number, number, number] | undefined;
    }[] = [
      { name: 'hex', value: '#1d70b8', rgba: [29, 112, 184, 1] },
      { name: 'short hex', value: '#fff', rgba: [255, 255, 255, 1] },
      { name: 'a name', value: 'rebeccapurple', rgba: [102, 51, 153, 1] },
      { name: 'rgb()', value: 'rgb(0 112 60)', rgba: [0, 112, 60, 1] },
      { name: 'hsl()', value: 'hsl(0 100% 50%)', rgba: [255, 0, 0, 1] },
      { name: 'transparent', value: 'transparent', rgba: [0, 0, 0, 0] },
      { name: 'not a colour', value: 'banana', rgba: undefined },
      { name: 'empty', value: '', rgba: undefined },
    ];
    for (const c of cases) {
      it(`reads ${c.name}`, () => {
        const got = parseColour(c.value);
        if (c.rgba === undefined) expect(got).to.equal(undefined);
        else expect(got!.map((n) => Math.round(n * 100) / 100)).to.deep.equal(c.rgba);
      });
    }

    it('reads colours the browser may give in other spaces (oklch)', () => {
      const white = parseColour('oklch(1 0 0)')!;
      expect(white.slice(0, 3).every((n) => n >= 254)).to.equal(true);
    });

    it('gives the WCAG ratios: 21 for black on white, 1 for a colour on itself, 4.5 near #767676', () => {
      expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).to.be.closeTo(21, 0.001);
      expect(contrastRatio([29, 112, 184, 1], [29, 112, 184, 1])).to.equal(1);
      expect(contrastRatio(parseColour('#767676')!, [255, 255, 255, 1])).to.be.closeTo(4.54, 0.01);
    });
  });

  describe('on an element', () => {
    it('stays quiet for the default theme', async () => {
      const el = await card();
      expect(contrastProblems(el)).to.deep.equal([]);
      expect(await captureWarnings(() => checkContrast(el))).to.deep.equal([]);
    });

    for (const name of ['govuk', 'nhs']) {
      it(`stays quiet for the ${name} preset (demo/themes/${name}.css)`, async () => {
        const remove = withTheme(await themeFile(name));
        try {
          const el = await card();
          // The theme really applies: its link colour is the one the check reads.
          const link = getComputedStyle(el).getPropertyValue('--advocacy-color-link').trim();
          expect(link).to.equal(name === 'govuk' ? '#1a65a6' : '#005eb8');
          expect(await captureWarnings(() => checkContrast(el))).to.deep.equal([]);
        } finally {
          remove();
        }
      });
    }

    it('reports a pale link colour with the failing pair, the values and the ratio', async () => {
      const remove = withTheme('advocacy-contact-card { --advocacy-color-link: #99bbdd; }');
      try {
        const el = await card();
        const warnings = await captureWarnings(() => checkContrast(el));
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<advocacy-contact-card>');
        expect(warnings[0]).to.contain(
          '--advocacy-color-link (#99bbdd) on --advocacy-color-background (#ffffff)',
        );
        const ratio = Number(
          /is (\d+(?:\.\d+)?):1, and WCAG AA needs at least 4\.5:1/.exec(warnings[0])?.[1],
        );
        expect(ratio).to.be.within(1.9, 2.1); // #99bbdd on white is about 1.99:1
      } finally {
        remove();
      }
    });

    it('reports every failing pair: button text, focus text and text on a dark background', async () => {
      const remove = withTheme(`advocacy-contact-card {
        --advocacy-color-button: #ffdd00; --advocacy-color-button-text: #ffffff;
        --advocacy-color-focus-text: #ffee55;
        --advocacy-color-button-secondary: #444444; --advocacy-color-button-secondary-text: #111111;
      }`);
      try {
        const el = await card();
        const pairs = contrastProblems(el).map((p) => `${p.text}/${p.background}`);
        expect(pairs).to.deep.equal([
          'button-text/button',
          'button-secondary-text/button-secondary',
          'focus-text/focus',
        ]);
      } finally {
        remove();
      }
    });

    it('judges a see-through background by what is behind it', async () => {
      const remove = withTheme(`
        .dark { background: #0b0c0c; }
        advocacy-contact-card { --advocacy-color-background: transparent; }`);
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div class="dark">
            <advocacy-contact-card
              name="Example Advocacy"
              phone="0300 123 4567"
              no-json-ld
            ></advocacy-contact-card>
          </div>`,
        );
        const el = wrapper.querySelector('advocacy-contact-card')!;
        const pairs = contrastProblems(el).map((p) => `${p.text}/${p.background}`);
        // Dark text on the dark page behind: every text colour on the background fails.
        expect(pairs).to.include('text/background');
        expect(pairs).to.include('link/background');
        // The buttons have their own background, so they still pass.
        expect(pairs).not.to.include('button-text/button');
      } finally {
        remove();
      }
    });
  });

  describe('the dev-only script (dist/advocacy-widgets.contrast.js)', () => {
    it('checks each element on the page once, after its first render, including ones added later', async () => {
      const remove = withTheme('.bad { --advocacy-color-text-secondary: #aaaaaa; }');
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const host = await fixture<HTMLElement>(
          html`<div>
            <advocacy-contact-card
              class="bad"
              name="One"
              phone="0300 123 4567"
              no-json-ld
            ></advocacy-contact-card>
          </div>`,
        );
        const observer = watchContrast(host);
        await waitUntil(() => warnings.length === 1, 'the first card is reported');
        const later = document.createElement('advocacy-contact-card');
        later.className = 'bad';
        later.setAttribute('name', 'Two');
        later.setAttribute('phone', '0300 123 4567');
        later.setAttribute('no-json-ld', '');
        host.append(later);
        await waitUntil(() => warnings.length === 2, 'the card added later is reported');
        // Once per element: more changes to the page do not report them again.
        host.append(document.createElement('p'));
        await new Promise((r) => setTimeout(r, 50));
        observer.disconnect();
        expect(warnings).to.have.length(2);
        expect(warnings[0]).to.contain('--advocacy-color-text-secondary (#aaaaaa)');
      } finally {
        console.warn = original;
        remove();
      }
    });

    it('is built as a classic script that defines nothing global', async () => {
      const response = await fetch('/dist/advocacy-widgets.contrast.js');
      expect(response.ok, 'run npm run build').to.equal(true);
      const text = await response.text();
      expect(text).to.contain('WCAG AA');
      expect(text).not.to.match(/^\s*(import|export)\b/m);
    });
  });
});
