import { expect } from '@open-wc/testing';
import { openHostPage, widgetsSettled, expectAccessibleIn } from '../helpers/frame.js';
describe('debug csp', () => {
  for (const csp of ['strict', 'listed', 'listed-duplicates']) {
    for (const page of ['all', 'twice']) {
      it(`${page} ${csp}`, async () => {
        const p = await openHostPage(`/test/hostile/pages/${page}.html?csp=${csp}`);
        let err = '';
        try { await widgetsSettled(p); } catch (e) { err = String(e); }
        const before = JSON.stringify(p.log);
        let axeErr = '';
        if (csp === 'strict') try { await expectAccessibleIn(p); } catch (e) { axeErr = String(e); }
        const r = { err, before, after: JSON.stringify(p.log), axeErr, text: p.document.querySelector('advocacy-contact-card')?.shadowRoot?.textContent?.slice(0, 50) };
        p.close();
        expect(r).to.deep.equal({});
      });
    }
  }
});
