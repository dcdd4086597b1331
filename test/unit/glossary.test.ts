import { expect } from '@open-wc/testing';
import { checkGlossary, type Glossary, type GlossaryProblem } from '../../scripts/glossary.mjs';

// The glossary check (scripts/glossary.mjs, run by `npm run check:locales`) over the real
// glossaries in locales/glossary/, fed one good and one bad translation at a time.

const LOCALES = ['cy', 'pl', 'ro', 'pa', 'ur', 'ar'] as const;
type Locale = (typeof LOCALES)[number];

const glossaries = new Map<Locale, Glossary>();
async function glossary(locale: Locale): Promise<Glossary> {
  let found = glossaries.get(locale);
  if (!found) {
    const response = await fetch(`/locales/glossary/${locale}.json`);
    expect(response.ok, `locales/glossary/${locale}.json`).to.equal(true);
    found = (await response.json()) as Glossary;
    glossaries.set(locale, found);
  }
  return found;
}

interface Case {
  name: string;
  locale: Locale;
  source: string;
  target: string;
  /** The rule that must catch it, or null for a translation that keeps the glossary. */
  expected: GlossaryProblem['rule'] | null;
}

const cases: Case[] = [
  // A file name kept as written is code, not the word "advocacy".
  {
    name: 'ar: advocacy-widgets.js kept as a file name',
    locale: 'ar',
    source: 'Load the script under its own name, advocacy-widgets.js.',
    target: 'حمِّل البرنامج النصي باسمه الأصلي advocacy-widgets.js.',
    expected: null,
  },
  {
    name: 'ar: advocacy in a sentence still needs the chosen term',
    locale: 'ar',
    source: 'Advocacy is free.',
    target: 'الخدمة مجانية.',
    expected: 'required',
  },
  // The word for a lawyer, and the chosen term.
  {
    name: 'ur: ایڈووکیٹ (a lawyer’s title) for advocate',
    locale: 'ur',
    source: 'You have a legal right to an advocate.',
    target: 'آپ کو ایڈووکیٹ کا قانونی حق حاصل ہے۔',
    expected: 'forbidden',
  },
  {
    name: 'ur: حمایتی for advocate',
    locale: 'ur',
    source: 'You have a legal right to an advocate.',
    target: 'آپ کو حمایتی کا قانونی حق حاصل ہے۔',
    expected: null,
  },
  {
    name: 'ur: وکیل said of the advocate',
    locale: 'ur',
    source: 'An advocate helps you.',
    target: 'حمایتی، یعنی وکیل، آپ کی مدد کرتا ہے۔',
    expected: 'forbidden',
  },
  {
    name: 'ur: وکیل only to say the advocate is not one',
    locale: 'ur',
    source: 'An advocate helps you.',
    target: 'حمایتی آپ کی مدد کرتا ہے۔ وہ وکیل نہیں ہوتا۔',
    expected: null,
  },
  {
    name: 'ur: advocate left out',
    locale: 'ur',
    source: 'Ask them for an advocate.',
    target: 'ان سے رابطہ کریں۔',
    expected: 'required',
  },
  {
    name: 'pa: ਐਡਵੋਕੇਟ for advocate',
    locale: 'pa',
    source: 'You have a legal right to an advocate.',
    target: 'ਤੁਹਾਨੂੰ ਐਡਵੋਕੇਟ ਦਾ ਕਾਨੂੰਨੀ ਹੱਕ ਹੈ।',
    expected: 'forbidden',
  },
  {
    name: 'ar: محامٍ for advocate',
    locale: 'ar',
    source: 'You have a legal right to an advocate.',
    target: 'لديك حق قانوني في الحصول على محامٍ.',
    expected: 'forbidden',
  },
  {
    name: 'ar: محاميًا only after ليس',
    locale: 'ar',
    source: 'An advocate is on your side.',
    target: 'المناصر يقف إلى جانبك، وليس محاميًا.',
    expected: null,
  },
  // "May" is not a certainty.
  {
    name: 'pa: "may" as a plain "can"',
    locale: 'pa',
    source: 'You may be able to get this',
    target: 'ਤੁਹਾਨੂੰ ਇਹ ਮਿਲ ਸਕਦਾ ਹੈ',
    expected: 'may',
  },
  {
    name: 'pa: "may" as ਸ਼ਾਇਦ',
    locale: 'pa',
    source: 'You may be able to get this',
    target: 'ਸ਼ਾਇਦ ਤੁਹਾਨੂੰ ਇਹ ਮਿਲ ਸਕੇ',
    expected: null,
  },
  {
    name: 'pa: "may" as ਹੋ ਸਕਦਾ ਹੈ beside a certainty in another sentence',
    locale: 'pa',
    source: 'You may have a right to an advocate.',
    target: 'ਤੁਹਾਨੂੰ ਹਿਮਾਇਤੀ ਦਾ ਹੱਕ ਹੋ ਸਕਦਾ ਹੈ। ਤੁਹਾਨੂੰ ਇਹ ਮਿਲਦਾ ਹੈ।',
    expected: 'may',
  },
  {
    name: 'ur: "may" as شاید',
    locale: 'ur',
    source: 'You may get an advocate.',
    target: 'شاید آپ کو حمایتی مل جائے۔',
    expected: null,
  },
  {
    name: 'ur: "may" as a plain مل سکتا ہے',
    locale: 'ur',
    source: 'You may get an advocate.',
    target: 'آپ کو حمایتی مل سکتا ہے۔',
    expected: 'may',
  },
  {
    name: 'ar: "may" as وقد',
    locale: 'ar',
    source: 'They may also get you an advocate.',
    target: 'وقد يرتِّبان لك مناصرًا أيضًا.',
    expected: null,
  },
  {
    name: 'ar: "may" as يمكنهما (can)',
    locale: 'ar',
    source: 'They may also get you an advocate.',
    target: 'ويمكنهما ترتيب مناصر لك أيضًا.',
    expected: 'may',
  },
  {
    name: 'ro: "may" as puteți primi (you can get)',
    locale: 'ro',
    source: 'You may get an advocate.',
    target: 'Puteți primi un susținător.',
    expected: 'may',
  },
  {
    name: 'ro: "may" as s-ar putea să',
    locale: 'ro',
    source: 'You may get an advocate.',
    target: 'S-ar putea să primiți un susținător.',
    expected: null,
  },
  {
    name: 'pl: "may" as a certainty (masz prawo)',
    locale: 'pl',
    source: 'You may have a right to an advocate.',
    target: 'Masz prawo do rzecznika.',
    expected: 'may',
  },
  {
    name: 'pl: "may" as możesz mieć prawo',
    locale: 'pl',
    source: 'You may have a right to an advocate.',
    target: 'Możesz mieć prawo do rzecznika.',
    expected: null,
  },
  {
    name: 'cy: "may" as a certainty (mae gennych chi hawl)',
    locale: 'cy',
    source: 'You may have a right to an advocate.',
    target: 'Mae gennych chi hawl i eiriolwr.',
    expected: 'may',
  },
  {
    name: 'cy: "may" as efallai',
    locale: 'cy',
    source: 'You may have a right to an advocate.',
    target: 'Efallai bod gennych chi hawl i eiriolwr.',
    expected: null,
  },
  // Romanian criminal-law words and dyslexia.
  {
    name: 'ro: deținut for detained',
    locale: 'ro',
    source: 'You are detained under the Mental Health Act 1983.',
    target: 'Sunteți deținut(ă) în baza legii Mental Health Act 1983.',
    expected: 'forbidden',
  },
  {
    name: 'ro: arestat for detained',
    locale: 'ro',
    source: 'You are detained under the Mental Health Act 1983.',
    target: 'Sunteți arestat(ă) în baza legii Mental Health Act 1983.',
    expected: 'forbidden',
  },
  {
    name: 'ro: internat(ă) for detained',
    locale: 'ro',
    source: 'You are detained under the Mental Health Act 1983.',
    target: 'Sunteți internat(ă) nevoluntar în baza legii Mental Health Act 1983.',
    expected: null,
  },
  {
    name: 'ro: dislexie for learning disability',
    locale: 'ro',
    source: 'It is for people with a learning disability.',
    target: 'Este pentru persoanele cu dislexie.',
    expected: 'forbidden',
  },
  // Polish register.
  {
    name: 'pl: plural Wam',
    locale: 'pl',
    source: 'It helps you.',
    target: 'Pomaga Wam.',
    expected: 'forbidden',
  },
  {
    name: 'pl: plural verb możecie',
    locale: 'pl',
    source: 'You can ask.',
    target: 'Możecie zapytać.',
    expected: 'forbidden',
  },
  {
    name: 'pl: plural imperative zapytajcie',
    locale: 'pl',
    source: 'Ask the staff.',
    target: 'Zapytajcie personel.',
    expected: 'forbidden',
  },
  {
    name: 'pl: singular, with nouns ending -cie',
    locale: 'pl',
    source: 'It helps you in your life.',
    target: 'Daje ci wsparcie w codziennym życiu. Możesz zapytać o wsparcie.',
    expected: null,
  },
  // Welsh official names, and English names kept as they are.
  {
    name: 'cy: a Welsh Act under its English name',
    locale: 'cy',
    source: 'The Social Services and Well-being (Wales) Act 2014 gives you this right.',
    target: 'Mae’r Social Services and Well-being (Wales) Act 2014 yn rhoi’r hawl hon i chi.',
    expected: 'name',
  },
  {
    name: 'cy: a Welsh Act under its official Welsh name',
    locale: 'cy',
    source: 'The Social Services and Well-being (Wales) Act 2014 gives you this right.',
    target: 'Mae Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014 yn rhoi’r hawl hon i chi.',
    expected: null,
  },
  {
    name: 'cy: words inside an English name kept as it is',
    locale: 'cy',
    source: 'Ask the Scottish Independent Advocacy Alliance who can help you.',
    target: 'Gofynnwch i’r Scottish Independent Advocacy Alliance pwy all eich helpu chi.',
    expected: null,
  },
];

describe('locale glossaries', () => {
  for (const locale of LOCALES) {
    it(`${locale}: a draft glossary with reasons, a register and "may" markers`, async () => {
      const g = await glossary(locale);
      expect(g.locale).to.equal(locale);
      expect(g.status, 'never marked reviewed by a machine').to.equal('draft');
      expect(g.register.summary).to.have.length.above(20);
      expect(g.may?.markers ?? []).to.not.be.empty;
      const required = g.required ?? [];
      for (const term of [
        'advocate',
        'advocacy',
        'independent',
        'council',
        'mental health',
        'learning disability',
        'legal right',
        'may be able to',
        'ask about',
      ]) {
        expect(
          required.map((r) => r.en),
          term,
        ).to.include(term);
      }
      for (const rule of g.forbidden ?? []) expect(rule.reason, rule.term).to.have.length.above(10);
    });
  }

  for (const c of cases) {
    it(c.name, async () => {
      const problems = checkGlossary(await glossary(c.locale), [
        { id: 'test.message', source: c.source, target: c.target },
      ]);
      if (c.expected === null) expect(problems, JSON.stringify(problems)).to.deep.equal([]);
      else expect(problems.map((p) => p.rule)).to.include(c.expected);
    });
  }

  it('an exception listed for a message id lets that message through, and only that one', () => {
    const g: Glossary = {
      locale: 'pl',
      status: 'draft',
      register: { summary: 'Second person singular throughout.' },
      forbidden: [
        {
          term: 'Wam',
          patterns: ['\\bWam\\b'],
          reason: 'plural address',
          exceptIds: { 'quoted.message': 'quotes a letter' },
        },
      ],
    };
    const messages = [
      { id: 'quoted.message', source: 'x', target: 'Pomaga Wam.' },
      { id: 'other.message', source: 'x', target: 'Pomaga Wam.' },
    ];
    expect(checkGlossary(g, messages).map((p) => p.id)).to.deep.equal(['other.message']);
  });
});
