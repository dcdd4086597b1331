/** The card's opening hours: the week's timetable and whether the provider is open now. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatList, formatTime, formatWeekday } from '../../ui/format.js';
import {
  isOpenAt,
  nextChange,
  summariseHours,
  WEEKDAYS,
  type Weekday,
  type WeeklyHours,
} from '../../providers/index.js';
import { changeOnDay } from './hours-sentences.js';
import type { CardView } from './view.js';

// Made once: a formatter costs far more to make than to use, and a list may have 200 providers.
const LONDON_DAY_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  dateStyle: 'short',
});

export function renderHours(card: CardView, hours: WeeklyHours): TemplateResult {
  const groups = summariseHours(hours);
  const open = isOpenAt(hours, card.now);
  const change = nextChange(hours, card.now);
  let line: string;
  if (change) {
    card.scheduleClock(change.at);
    const parts = LONDON_DAY_TIME.formatToParts(change.at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const time = formatTime(`${get('hour')}:${get('minute')}`);
    const sameDay = LONDON_DATE.format(change.at) === LONDON_DATE.format(card.now);
    if (sameDay) {
      line = open
        ? card.ui(
            'card.hours.open-closes',
            msg(str`Open now. Closes at ${time}.`, { id: 'card.hours.open-closes' }),
            { time },
          )
        : card.ui(
            'card.hours.closed-opens',
            msg(str`Closed now. Opens at ${time}.`, { id: 'card.hours.closed-opens' }),
            { time },
          );
    } else {
      const sentence = changeOnDay(
        open,
        WEEKDAYS.indexOf(get('weekday').toLowerCase() as Weekday),
        time,
      );
      line = card.ui(sentence.id, sentence.text, { time });
    }
  } else {
    line = open
      ? card.ui('card.hours.open', msg('Open now.', { id: 'card.hours.open' }))
      : card.ui('card.hours.closed', msg('Closed now.', { id: 'card.hours.closed' }));
  }
  return html`<ul class="hours">
      ${groups.map((g) => {
        const first = formatWeekday(g.days[0]);
        const last = formatWeekday(g.days[g.days.length - 1]);
        const days =
          g.days.length === 1
            ? first
            : g.days.length === 2
              ? card.ui(
                  'card.hours.two-days',
                  msg(str`${first} and ${last}`, { id: 'card.hours.two-days' }),
                  { first, last },
                )
              : card.ui(
                  'card.hours.day-range',
                  msg(str`${first} to ${last}`, { id: 'card.hours.day-range' }),
                  { first, last },
                );
        const times =
          g.ranges.length === 0
            ? card.ui('card.hours.closed-day', msg('closed', { id: 'card.hours.closed-day' }))
            : formatList(
                g.ranges.map(([o, c]) =>
                  o === c
                    ? card.ui(
                        'card.hours.all-day',
                        msg('open 24 hours', { id: 'card.hours.all-day' }),
                      )
                    : card.ui(
                        'card.hours.range',
                        msg(str`${formatTime(o)} to ${formatTime(c)}`, { id: 'card.hours.range' }),
                        { open: formatTime(o), close: formatTime(c) },
                      ),
                ),
              );
        return html`<li>
          ${card.ui('card.hours.line', msg(str`${days}: ${times}`, { id: 'card.hours.line' }), { days, times })}
        </li>`;
      })}
    </ul>
    <p class="open-now">${card.openNowLine(line)}</p>
    <p class="muted">
      ${card.ui('card.hours.uk-time', msg('Times are UK time.', { id: 'card.hours.uk-time' }))}
    </p>`;
}
