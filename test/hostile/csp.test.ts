import { expect } from '@open-wc/testing';
import {
  addScript,
  expectAccessibleIn,
  openHostPage,
  until,
  widgetsIn,
  widgetsSettled,
  type HostPage,
} from '../helpers/frame.js';
import { walkQuiz } from '../helpers/journey.js';

// A host page under the strictest policy a site is likely to have: scripts and styles from its
// own origin only, no inline code, no eval, and Trusted Types required for every script sink.
// The page (test/hostile/pages/*.html) is served with the header named in ?csp= (see the
// middleware in web-test-runner.config.mjs) and loads the BUILT drop-in script, as a host would.
const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const OUR_POLICIES = 'lit-html advocacy-widgets advocacy-widgets-json-ld';

const PACKS = ['/dist/advocacy-widgets.knowledge.js', '/dist/advocacy-widgets.eligibility.js'];

function loadedScripts(page: HostPage): string[] {
  return page.window.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));
}

/** Everything a person does with each element, and what they must see, on the host page. */
async function useEveryElement(page: HostPage): Promise<void> {
  await widgetsSettled(page);

  const [explainer] = widgetsIn(page, 'advocacy-explainer');
  const imha = explainer.shadowRoot!.querySelector<HTMLElement>('#toggle-imha')!;
  expect(imha.getAttribute('aria-expanded'), 'open="imha" opened its section').to.equal('true');
  const imca = explainer.shadowRoot!.querySelector<HTMLElement>('#toggle-imca')!;
  imca.click();
  await explainer.updateComplete;
  expect(imca.getAttribute('aria-expanded')).to.equal('true');
  expect(explainer.shadowRoot!.querySelector('#panel-imca')!.textContent).to.contain(
    'Who it is for',
  );

  const [quiz] = widgetsIn(page, 'advocacy-quiz');
  const steps = await walkQuiz(quiz);
  expect(steps.at(-1)).to.equal('result');
  expect(steps).to.include('check-answers');
  const providerCard = await until(
    () => quiz.shadowRoot!.querySelector<HTMLElement>('advocacy-contact-card')?.shadowRoot,
    'the result shows the local provider',
  );
  expect(providerCard.textContent).to.contain('Example Advocacy');

  const [card, fromFile] = widgetsIn(page, 'advocacy-contact-card');
  expect(card.shadowRoot!.querySelector('a[href^="tel:"]')!.textContent).to.contain(
    '0300 123 4567',
  );
  // The schema.org description goes through the advocacy-widgets-json-ld policy.
  const jsonLd = await until(
    () => card.querySelector('script[type="application/ld+json"]'),
    'the card adds its schema.org description',
  );
  expect(JSON.parse(jsonLd.textContent)).to.include({
    '@type': 'GovernmentService',
    name: 'Example Advocacy Service',
  });
  expect(fromFile.shadowRoot!.textContent).to.contain('Sampleton Advocacy Hub');
  expect(fromFile.shadowRoot!.querySelector('a[href$="/test/hostile/pages/refer.html"]')).to.exist;

  const scripts = loadedScripts(page);
  for (const pack of PACKS)
    expect(
      scripts.filter((s) => s === pack),
      pack,
    ).to.have.length(1);
}

describe('a host page with a strict CSP and Trusted Types', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.close());

  it('is really served with the policy, and the browser enforces it', async () => {
    const response = await fetch('/test/hostile/pages/all.html?csp=strict');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT);
    const listed = await fetch('/test/hostile/pages/all.html?csp=listed');
    expect(listed.headers.get('content-security-policy')).to.equal(
      `${STRICT}; trusted-types ${OUR_POLICIES}`,
    );

    page = await openHostPage('/test/hostile/pages/canary.html?csp=strict');
    const win = page.window as typeof page.window & { inlineScriptRan?: boolean };
    expect(win.inlineScriptRan, 'the inline script was refused').to.equal(undefined);
    expect(
      win.getComputedStyle(page.document.querySelector('h1')!).color,
      'the inline style was refused',
    ).to.not.equal('rgb(255, 0, 0)');
    expect(() => void win.eval('1'), 'eval is refused').to.throw();
    const div = page.document.createElement('div');
    expect(
      () => (div.innerHTML = '<b>not trusted</b>'),
      'a string is refused by innerHTML',
    ).to.throw();
    const log = page.log;
    await until(() => log.violations.length >= 4, 'every refusal is reported');
    const directives = log.violations.map((v) => v.directive);
    expect(directives).to.include('script-src-elem');
    expect(directives).to.include('style-src-attr');
    expect(directives.filter((d) => d === 'require-trusted-types-for')).to.have.length(2);
  });

  it('runs every element from the built script and its packs, with no violation and no error', async () => {
    page = await openHostPage('/test/hostile/pages/all.html?csp=strict');
    await useEveryElement(page);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
    await expectAccessibleIn(page);
  });

  it(`needs no Trusted Types policy but ${OUR_POLICIES.split(' ').join(', ')}`, async () => {
    page = await openHostPage('/test/hostile/pages/all.html?csp=listed');
    await useEveryElement(page);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });

  it('works with the script loaded twice', async () => {
    page = await openHostPage('/test/hostile/pages/twice.html?csp=strict');
    await useEveryElement(page);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
    await expectAccessibleIn(page);
  });

  it("works with the script loaded twice under a policy list with 'allow-duplicates'", async () => {
    page = await openHostPage('/test/hostile/pages/twice.html?csp=listed-duplicates');
    await useEveryElement(page);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });

  it("works when loaded twice under a policy list without 'allow-duplicates': the second copy stops before Lit starts", async () => {
    page = await openHostPage('/test/hostile/pages/twice.html?csp=listed');
    await useEveryElement(page);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.violations).to.deep.equal([]);
  });

  it('loads the packs from the script’s own folder only', async () => {
    page = await openHostPage('/test/hostile/pages/blank.html?csp=strict');
    await addScript(page, '/dist/advocacy-widgets.js');
    const quiz = page.document.createElement('advocacy-quiz');
    page.document.querySelector('main')!.append(quiz);
    await widgetsSettled(page);
    const packs = loadedScripts(page).filter(
      (path) => path.startsWith('/dist/') && path !== '/dist/advocacy-widgets.js',
    );
    expect(packs.sort()).to.deep.equal([...PACKS].sort());
    expect(page.log.violations).to.deep.equal([]);
  });
});
