/**
 * Easy read for the elements' own words: every label, heading, status and message a person
 * reads, rewritten for the easy-read reader (docs/easy-read.md). Messages for web editors stay
 * standard, and so do the names of the UK nations.
 *
 * The key is the id of the standard message; the easy-read message's id is that id + `.easy`.
 * A message with placeholders takes them as named values, for example
 * `UI_EASY['card.hours.closed-opens']({ time })`.
 */
import { msg, str } from '@lit/localize';
import type { QuestionId } from '../eligibility/types.js';
import type { PictogramId } from '../knowledge/pictogram-ids.js';

export const UI_EASY = {
  // The contact card.
  'card.phone.label': () => msg('Phone', { id: 'card.phone.label.easy' }),
  'card.hours.open-closes': (v: { time: string }) =>
    msg(str`Open now. It closes at ${v.time}.`, {
      id: 'card.hours.open-closes.easy',
      desc: 'Easy read. time: a time of day, for example 5pm.',
    }),
  'card.hours.closed-opens': (v: { time: string }) =>
    msg(str`Closed now. It opens at ${v.time}.`, {
      id: 'card.hours.closed-opens.easy',
      desc: 'Easy read. time: a time of day, for example 9am.',
    }),
  'card.hours.open-closes.monday': (v: { time: string }) =>
    msg(str`Open now. It closes on Monday at ${v.time}.`, {
      id: 'card.hours.open-closes.monday.easy',
      desc: 'Easy read. time: a time of day. Write Monday in the form this sentence needs.',
    }),
  'card.hours.closed-opens.monday': (v: { time: string }) =>
    msg(str`Closed now. It opens on Monday at ${v.time}.`, {
      id: 'card.hours.closed-opens.monday.easy',
      desc: 'Easy read. time: a time of day. Write Monday in the form this sentence needs.',
    }),
  'card.hours.open-closes.tuesday': (v: { time: string }) =>
    msg(str`Open now. It closes on Tuesday at ${v.time}.`, {
      id: 'card.hours.open-closes.tuesday.easy',
      desc: 'Easy read. time: a time of day. Write Tuesday in the form this sentence needs.',
    }),
  'card.hours.closed-opens.tuesday': (v: { time: string }) =>
    msg(str`Closed now. It opens on Tuesday at ${v.time}.`, {
      id: 'card.hours.closed-opens.tuesday.easy',
      desc: 'Easy read. time: a time of day. Write Tuesday in the form this sentence needs.',
    }),
  'card.hours.open-closes.wednesday': (v: { time: string }) =>
    msg(str`Open now. It closes on Wednesday at ${v.time}.`, {
      id: 'card.hours.open-closes.wednesday.easy',
      desc: 'Easy read. time: a time of day. Write Wednesday in the form this sentence needs.',
    }),
  'card.hours.closed-opens.wednesday': (v: { time: string }) =>
    msg(str`Closed now. It opens on Wednesday at ${v.time}.`, {
      id: 'card.hours.closed-opens.wednesday.easy',
      desc: 'Easy read. time: a time of day. Write Wednesday in the form this sentence needs.',
    }),
  'card.hours.open-closes.thursday': (v: { time: string }) =>
    msg(str`Open now. It closes on Thursday at ${v.time}.`, {
      id: 'card.hours.open-closes.thursday.easy',
      desc: 'Easy read. time: a time of day. Write Thursday in the form this sentence needs.',
    }),
  'card.hours.closed-opens.thursday': (v: { time: string }) =>
    msg(str`Closed now. It opens on Thursday at ${v.time}.`, {
      id: 'card.hours.closed-opens.thursday.easy',
      desc: 'Easy read. time: a time of day. Write Thursday in the form this sentence needs.',
    }),
  'card.hours.open-closes.friday': (v: { time: string }) =>
    msg(str`Open now. It closes on Friday at ${v.time}.`, {
      id: 'card.hours.open-closes.friday.easy',
      desc: 'Easy read. time: a time of day. Write Friday in the form this sentence needs.',
    }),
  'card.hours.closed-opens.friday': (v: { time: string }) =>
    msg(str`Closed now. It opens on Friday at ${v.time}.`, {
      id: 'card.hours.closed-opens.friday.easy',
      desc: 'Easy read. time: a time of day. Write Friday in the form this sentence needs.',
    }),
  'card.hours.open-closes.saturday': (v: { time: string }) =>
    msg(str`Open now. It closes on Saturday at ${v.time}.`, {
      id: 'card.hours.open-closes.saturday.easy',
      desc: 'Easy read. time: a time of day. Write Saturday in the form this sentence needs.',
    }),
  'card.hours.closed-opens.saturday': (v: { time: string }) =>
    msg(str`Closed now. It opens on Saturday at ${v.time}.`, {
      id: 'card.hours.closed-opens.saturday.easy',
      desc: 'Easy read. time: a time of day. Write Saturday in the form this sentence needs.',
    }),
  'card.hours.open-closes.sunday': (v: { time: string }) =>
    msg(str`Open now. It closes on Sunday at ${v.time}.`, {
      id: 'card.hours.open-closes.sunday.easy',
      desc: 'Easy read. time: a time of day. Write Sunday in the form this sentence needs.',
    }),
  'card.hours.closed-opens.sunday': (v: { time: string }) =>
    msg(str`Closed now. It opens on Sunday at ${v.time}.`, {
      id: 'card.hours.closed-opens.sunday.easy',
      desc: 'Easy read. time: a time of day. Write Sunday in the form this sentence needs.',
    }),
  'card.hours.open': () => msg('Open now.', { id: 'card.hours.open.easy' }),
  'card.hours.closed': () => msg('Closed now.', { id: 'card.hours.closed.easy' }),
  'card.hours.two-days': (v: { first: string; last: string }) =>
    msg(str`${v.first} and ${v.last}`, {
      id: 'card.hours.two-days.easy',
      desc: 'Easy read. Two days of the week, for example Monday and Tuesday.',
    }),
  'card.hours.day-range': (v: { first: string; last: string }) =>
    msg(str`${v.first} to ${v.last}`, {
      id: 'card.hours.day-range.easy',
      desc: 'Easy read. A run of days, for example Monday to Friday.',
    }),
  'card.hours.closed-day': () =>
    msg('closed', {
      id: 'card.hours.closed-day.easy',
      desc: 'Easy read. Shown after a day: "Sunday: closed".',
    }),
  'card.hours.all-day': () =>
    msg('open all day and all night', {
      id: 'card.hours.all-day.easy',
      desc: 'Easy read. Shown after a day: open 24 hours.',
    }),
  'card.hours.range': (v: { open: string; close: string }) =>
    msg(str`${v.open} to ${v.close}`, {
      id: 'card.hours.range.easy',
      desc: 'Easy read. open, close: times of day, for example 9am to 5pm.',
    }),
  'card.hours.line': (v: { days: string; times: string }) =>
    msg(str`${v.days}: ${v.times}`, {
      id: 'card.hours.line.easy',
      desc: 'Easy read. One line of opening hours, for example "Monday to Friday: 9am to 5pm".',
    }),
  'card.hours.uk-time': () => msg('These times are UK time.', { id: 'card.hours.uk-time.easy' }),
  'card.refer.self': () =>
    msg('You can ask them for an advocate yourself.', { id: 'card.refer.self.easy' }),
  'card.refer.not-self': () =>
    msg(
      'You cannot ask them for an advocate yourself. Ask a social worker, nurse or doctor to do it.',
      {
        id: 'card.refer.not-self.easy',
      },
    ),
  'card.refer.family': () =>
    msg('Your family or a friend can contact them for you.', { id: 'card.refer.family.easy' }),
  'card.refer.professional': () =>
    msg('A social worker, nurse or doctor can contact them for you.', {
      id: 'card.refer.professional.easy',
    }),
  'card.refer.label': () => msg('Who can ask for help', { id: 'card.refer.label.easy' }),
  'card.organisation': (v: { organisation: string }) =>
    msg(str`${v.organisation} runs this service.`, {
      id: 'card.organisation.easy',
      desc: 'Easy read. organisation: the name of the organisation.',
    }),
  'card.alert.label': () => msg('Important:', { id: 'card.alert.label.easy' }),
  'card.services.label': () =>
    msg('Advocacy they give:', {
      id: 'card.services.label.easy',
      desc: 'Easy read. Before a list of kinds of advocacy.',
    }),
  'card.single-point': () =>
    msg('You can ask this service for any kind of advocacy in this area.', {
      id: 'card.single-point.easy',
    }),
  'card.phone.referral-help': () =>
    msg('Do you need help with the form? Phone us.', { id: 'card.phone.referral-help.easy' }),
  'card.sms.label': () => msg('Text message (SMS)', { id: 'card.sms.label.easy' }),
  'card.textphone.label': () =>
    msg('Textphone', {
      id: 'card.textphone.label.easy',
      desc: 'Easy read. A phone that you type on.',
    }),
  'card.relay.label': () =>
    msg('Relay UK', {
      id: 'card.relay.label.easy',
      desc: 'Easy read. Name of a phone service for deaf people. Keep the name.',
    }),
  'card.textphone.explain': () =>
    msg('A textphone is a phone that you type on. Deaf people can use it.', {
      id: 'card.textphone.explain.easy',
      desc: 'Easy read. Explains the word textphone, under the textphone number.',
    }),
  'card.relay.explain': () =>
    msg('Relay UK helps you phone by typing. Someone reads your words out for you.', {
      id: 'card.relay.explain.easy',
      desc: 'Easy read. Explains Relay UK, under its number. Keep the name Relay UK.',
    }),
  'card.referral.explain': () =>
    msg('A referral means asking for an advocate. You fill in a form to ask.', {
      id: 'card.referral.explain.easy',
      desc: 'Easy read. Explains the word referral, under the link to the referral form.',
    }),
  'card.email.label': () => msg('Email', { id: 'card.email.label.easy' }),
  'card.website.label': () => msg('Website', { id: 'card.website.label.easy' }),
  'card.referral.label': () => msg('Form to ask for help', { id: 'card.referral.label.easy' }),
  'card.referral.link': () =>
    msg('Fill in the form to ask for help', { id: 'card.referral.link.easy' }),
  'card.address.label': () => msg('Address', { id: 'card.address.label.easy' }),
  'card.address.map': () => msg('See where it is on a map', { id: 'card.address.map.easy' }),
  'card.hours.label': () => msg('When they are open', { id: 'card.hours.label.easy' }),
  'card.languages.label': () => msg('Languages they speak', { id: 'card.languages.label.easy' }),
  'card.last-checked': (v: { lastChecked: string }) =>
    msg(str`We checked these details on ${v.lastChecked}.`, {
      id: 'card.last-checked.easy',
      desc: 'Easy read. lastChecked: a date.',
    }),
  'card.save': (v: { name: string }) =>
    msg(str`Save the contact details for ${v.name}`, {
      id: 'card.save.easy',
      desc: 'Easy read. A link. name: the name of the advocacy service.',
    }),
  'card.loading': () => msg('Getting the contact details…', { id: 'card.loading.easy' }),
  'card.failed': () =>
    msg(
      'Sorry, we cannot show the contact details now. Please try again later. Or ask your council about advocacy.',
      { id: 'card.failed.easy' },
    ),
  'card.none-match': () =>
    msg('We could not find a service near you. Ask your council about advocacy near you.', {
      id: 'card.none-match.easy',
    }),

  // The explainer.
  'explainer.status.legal-right': () =>
    msg('A right by law', { id: 'explainer.status.legal-right.easy' }),
  'explainer.status.may-be-able': () =>
    msg('You may be able to get this help', { id: 'explainer.status.may-be-able.easy' }),
  'explainer.status.ask-about': () =>
    msg('Ask if you can get this help', { id: 'explainer.status.ask-about.easy' }),
  'explainer.status.not-a-legal-right': () =>
    msg('Not a right by law', { id: 'explainer.status.not-a-legal-right.easy' }),
  'explainer.sources.summary': () =>
    msg('Where did we find this?', { id: 'explainer.sources.summary.easy' }),
  'explainer.sources.checked': (v: { checked: string }) =>
    msg(str`We last checked this on ${v.checked}.`, {
      id: 'explainer.sources.checked.easy',
      desc: 'Easy read. checked: a date.',
    }),
  'explainer.kind.who-for': () => msg('Who it is for', { id: 'explainer.kind.who-for.easy' }),
  'explainer.kind.helps-with': () =>
    msg('How the advocate helps', { id: 'explainer.kind.helps-with.easy' }),
  'explainer.kind.how-to-get': () =>
    msg('How to get this help', { id: 'explainer.kind.how-to-get.easy' }),
  'explainer.kind.in-nation': (v: { nation: string }) =>
    msg(str`In ${v.nation}`, {
      id: 'explainer.kind.in-nation.easy',
      desc: 'Easy read heading. nation: England, Wales, Scotland or Northern Ireland.',
    }),
  'explainer.kind.by-nation': () =>
    msg('In each part of the UK', { id: 'explainer.kind.by-nation.easy' }),
  'explainer.load-failed': () =>
    msg('Sorry, we cannot show this now. Please try again later.', {
      id: 'explainer.load-failed.easy',
    }),
  'explainer.loading': () =>
    msg('Getting information about advocacy…', { id: 'explainer.loading.easy' }),
  'explainer.group.legal-right.heading': () =>
    msg('Advocacy that is a right by law', { id: 'explainer.group.legal-right.heading.easy' }),
  'explainer.group.legal-right.intro-nation': (v: { nation: string }) =>
    msg(str`In ${v.nation}, the law gives some people a right to an advocate. It is free.`, {
      id: 'explainer.group.legal-right.intro-nation.easy',
      desc: 'Easy read. nation: England, Wales, Scotland or Northern Ireland.',
    }),
  'explainer.group.legal-right.intro': () =>
    msg(
      'The law gives some people a right to an advocate. It is free. The law is different in each part of the UK.',
      { id: 'explainer.group.legal-right.intro.easy' },
    ),
  'explainer.group.other.heading': () =>
    msg('Other kinds of advocacy', { id: 'explainer.group.other.heading.easy' }),
  'explainer.group.other.intro': () =>
    msg('These are not a right by law. What you can get depends on where you live.', {
      id: 'explainer.group.other.intro.easy',
    }),

  // The quiz.
  'quiz.back': () => msg('Go back', { id: 'quiz.back.easy' }),
  'quiz.start-again': () => msg('Start again', { id: 'quiz.start-again.easy' }),
  'quiz.progress': (v: { number: number }) =>
    msg(str`Question ${v.number}`, {
      id: 'quiz.progress.easy',
      desc: 'Easy read. number: the number of the question, for example 3.',
    }),
  'quiz.error.title': () => msg('Please check your answer', { id: 'quiz.error.title.easy' }),
  'quiz.error.prefix': () => msg('Problem:', { id: 'quiz.error.prefix.easy' }),
  'quiz.continue': () => msg('Next', { id: 'quiz.continue.easy' }),
  'quiz.check.heading': () => msg('Check your answers', { id: 'quiz.check.heading.easy' }),
  'quiz.check.change': () => msg('Change', { id: 'quiz.check.change.easy' }),
  'quiz.check.submit': () => msg('See what help you can get', { id: 'quiz.check.submit.easy' }),
  'quiz.result.strength.right.self': () =>
    msg('You have a right to this by law', { id: 'quiz.result.strength.right.self.easy' }),
  'quiz.result.strength.right.other': () =>
    msg('The person has a right to this by law', { id: 'quiz.result.strength.right.other.easy' }),
  'quiz.result.strength.may.self': () =>
    msg('You may be able to get this', { id: 'quiz.result.strength.may.self.easy' }),
  'quiz.result.strength.may.other': () =>
    msg('The person may be able to get this', { id: 'quiz.result.strength.may.other.easy' }),
  'quiz.result.strength.ask.self': () =>
    msg('Ask about this', { id: 'quiz.result.strength.ask.self.easy' }),
  'quiz.result.strength.ask.other': () =>
    msg('Ask about this for the person', { id: 'quiz.result.strength.ask.other.easy' }),
  'quiz.result.why': () => msg('Why we say this', { id: 'quiz.result.why.easy' }),
  'quiz.result.next': () => msg('What to do next', { id: 'quiz.result.next.easy' }),
  'quiz.result.read-more': (v: { name: string }) =>
    msg(str`Find out more about ${v.name}`, {
      id: 'quiz.result.read-more.easy',
      desc: 'Easy read. A button. name: the easy-read name of a kind of advocacy.',
    }),
  'quiz.result.lead.right.self': () =>
    msg('You have a right to an advocate. The law says so. It is free.', {
      id: 'quiz.result.lead.right.self.easy',
    }),
  'quiz.result.lead.right.other': () =>
    msg('The person has a right to an advocate. The law says so. It is free.', {
      id: 'quiz.result.lead.right.other.easy',
    }),
  'quiz.result.lead.none.self': () =>
    msg(
      'We looked at your answers. The law does not give you a right to an advocate. You can still get help to speak up.',
      { id: 'quiz.result.lead.none.self.easy' },
    ),
  'quiz.result.lead.none.other': () =>
    msg(
      'We looked at your answers. The law does not give the person a right to an advocate. They can still get help to speak up.',
      { id: 'quiz.result.lead.none.other.easy' },
    ),
  'quiz.result.heading': () => msg('What we found', { id: 'quiz.result.heading.easy' }),
  'quiz.result.notice': () =>
    msg(
      'This is not legal advice. Not sure? Ask your council, the hospital staff or your doctor. We did not keep your answers or send them anywhere.',
      { id: 'quiz.result.notice.easy' },
    ),
  'quiz.load-failed': () =>
    msg(
      'Sorry, we cannot show the questions now. Please try again later. Or ask your council about advocacy.',
      { id: 'quiz.load-failed.easy' },
    ),
  'quiz.loading': () => msg('Getting the questions…', { id: 'quiz.loading.easy' }),
  'quiz.or': () =>
    msg('or', { id: 'quiz.or.easy', desc: 'Easy read. Between the answers and "None of these".' }),

  // Every element.
  'ui.languages.label': () => msg('Language', { id: 'ui.languages.label.easy' }),
  'ui.languages.draft': () =>
    msg('(not checked yet)', {
      id: 'ui.languages.draft.easy',
      desc: 'Easy read. After the name of a language whose translation is a draft.',
    }),
  'ui.locale-failed': (v: { name: string }) =>
    msg(str`We cannot show this in ${v.name}. So it is in English.`, {
      id: 'ui.locale-failed.easy',
      desc: 'Easy read. name: the name of a language.',
    }),

  // Every element: reading aloud and printing.
  'ui.listen': () =>
    msg('Listen to this', {
      id: 'ui.listen.easy',
      desc: 'Easy read. A button that reads the text aloud.',
    }),
  'ui.listen.stop': () =>
    msg('Stop', { id: 'ui.listen.stop.easy', desc: 'Easy read. Stops reading aloud.' }),
  'ui.listen.off': () =>
    msg(
      'You cannot listen to this here. The voice for this language would send the words over the internet.',
      {
        id: 'ui.listen.off.easy',
        desc: 'Easy read. Shown instead of the Listen button when the only text-to-speech voice for the language runs on a server.',
      },
    ),
  'ui.print': () => msg('Print this on paper', { id: 'ui.print.easy' }),

  // Kiosk mode: a shared screen in a library or waiting room.
  'ui.kiosk.finish': () =>
    msg('Finish and clear my answers', {
      id: 'ui.kiosk.finish.easy',
      desc: 'Easy read. A button on a shared screen.',
    }),
  'ui.kiosk.idle.title': () => msg('Are you still here?', { id: 'ui.kiosk.idle.title.easy' }),
  'ui.kiosk.idle.text': () =>
    msg('We will clear your answers soon. Then the next person cannot see them.', {
      id: 'ui.kiosk.idle.text.easy',
    }),
  'ui.kiosk.idle.seconds': (v: { number: number }) =>
    msg(str`Seconds left: ${v.number}`, {
      id: 'ui.kiosk.idle.seconds.easy',
      desc: 'Easy read. A countdown. number: 20 or more, down to 1.',
    }),
  'ui.kiosk.idle.stay': () => msg('I am still here', { id: 'ui.kiosk.idle.stay.easy' }),
  'ui.kiosk.scan': () =>
    msg('Use your phone camera on the code. Then you can see the page on your phone.', {
      id: 'ui.kiosk.scan.easy',
      desc: 'Easy read. Beside a QR code.',
    }),
} satisfies Record<string, (values: never) => string>;

/** The id of a standard message that has an easy-read version. */
export type UiEasyId = keyof typeof UI_EASY;

/** The named values an easy-read message needs (`void` when it needs none). */
export type UiEasyValues<K extends UiEasyId> =
  Parameters<(typeof UI_EASY)[K]> extends [infer V] ? V : void;

/** The picture beside each question of the quiz. */
export const QUESTION_PICTOGRAMS: Readonly<Record<QuestionId, PictogramId>> = {
  role: 'person',
  nation: 'address',
  age: 'calendar',
  situation: 'question',
  'placed-by': 'council',
  'mh-status': 'hospital',
  'special-treatment': 'health',
  condition: 'mind',
  'children-status': 'child',
  'children-complaint': 'complaint',
  capacity: 'decide',
  'liberty-setting': 'address',
  'dols-stage': 'form',
  representative: 'person',
  difficulty: 'listen',
  support: 'family',
};

/**
 * The picture beside a part of an element, keyed by the id of the standard message that labels
 * it: the contact card's rows, the explainer's sections of a kind and the quiz's result.
 */
export const UI_PICTOGRAMS = {
  // The contact card's rows.
  'card.phone.label': 'phone',
  'card.sms.label': 'text-message',
  'card.textphone.label': 'text-message',
  'card.relay.label': 'phone',
  'card.email.label': 'email',
  'card.website.label': 'website',
  'card.referral.label': 'form',
  'card.address.label': 'address',
  'card.hours.label': 'clock',
  'card.refer.label': 'family',
  'card.languages.label': 'language',
  'card.single-point': 'council',
  'card.alert.label': 'warning',
  // The explainer's sections of a kind.
  'explainer.kind.who-for': 'person',
  'explainer.kind.helps-with': 'advocate',
  'explainer.kind.how-to-get': 'arrow-forward',
  'explainer.kind.in-nation': 'address',
  'explainer.kind.by-nation': 'address',
  'explainer.sources.summary': 'rights',
  // The quiz's result.
  'quiz.result.strength.right.self': 'rights',
  'quiz.result.strength.right.other': 'rights',
  'quiz.result.strength.may.self': 'tick',
  'quiz.result.strength.may.other': 'tick',
  'quiz.result.strength.ask.self': 'question',
  'quiz.result.strength.ask.other': 'question',
  'quiz.result.why': 'question',
  'quiz.result.next': 'arrow-forward',
  'quiz.result.notice': 'warning',
} as const satisfies Partial<Record<UiEasyId, PictogramId>>;
