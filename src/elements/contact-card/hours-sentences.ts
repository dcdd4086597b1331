/**
 * "Open now. Closes on Monday at 5pm." and "Closed now. Opens on Monday at 9am.", one whole
 * sentence for each day, so that each language can write the day in the form the sentence needs
 * (Welsh "ddydd Llun", not "Dydd Llun"). Never built from a day's name and the rest.
 */
import { msg, str } from '@lit/localize';

/** The sentence for a change on another day: `open` says whether the provider is open now. */
export function changeOnDay(
  open: boolean,
  weekday: number,
  time: string,
): { id: string; text: string } {
  switch (weekday) {
    case 0:
      return open
        ? {
            id: 'card.hours.open-closes.monday',
            text: msg(str`Open now. Closes on Monday at ${time}.`, {
              id: 'card.hours.open-closes.monday',
              desc: 'Under opening hours. time: a time of day in words, for example 5pm. Write Monday in the form this sentence needs.',
            }),
          }
        : {
            id: 'card.hours.closed-opens.monday',
            text: msg(str`Closed now. Opens on Monday at ${time}.`, {
              id: 'card.hours.closed-opens.monday',
              desc: 'Under opening hours. time: a time of day in words, for example 9am. Write Monday in the form this sentence needs.',
            }),
          };
    case 1:
      return open
        ? {
            id: 'card.hours.open-closes.tuesday',
            text: msg(str`Open now. Closes on Tuesday at ${time}.`, {
              id: 'card.hours.open-closes.tuesday',
              desc: 'Under opening hours. time: a time of day in words, for example 5pm. Write Tuesday in the form this sentence needs.',
            }),
          }
        : {
            id: 'card.hours.closed-opens.tuesday',
            text: msg(str`Closed now. Opens on Tuesday at ${time}.`, {
              id: 'card.hours.closed-opens.tuesday',
              desc: 'Under opening hours. time: a time of day in words, for example 9am. Write Tuesday in the form this sentence needs.',
            }),
          };
    case 2:
      return open
        ? {
            id: 'card.hours.open-closes.wednesday',
            text: msg(str`Open now. Closes on Wednesday at ${time}.`, {
              id: 'card.hours.open-closes.wednesday',
              desc: 'Under opening hours. time: a time of day in words, for example 5pm. Write Wednesday in the form this sentence needs.',
            }),
          }
        : {
            id: 'card.hours.closed-opens.wednesday',
            text: msg(str`Closed now. Opens on Wednesday at ${time}.`, {
              id: 'card.hours.closed-opens.wednesday',
              desc: 'Under opening hours. time: a time of day in words, for example 9am. Write Wednesday in the form this sentence needs.',
            }),
          };
    case 3:
      return open
        ? {
            id: 'card.hours.open-closes.thursday',
            text: msg(str`Open now. Closes on Thursday at ${time}.`, {
              id: 'card.hours.open-closes.thursday',
              desc: 'Under opening hours. time: a time of day in words, for example 5pm. Write Thursday in the form this sentence needs.',
            }),
          }
        : {
            id: 'card.hours.closed-opens.thursday',
            text: msg(str`Closed now. Opens on Thursday at ${time}.`, {
              id: 'card.hours.closed-opens.thursday',
              desc: 'Under opening hours. time: a time of day in words, for example 9am. Write Thursday in the form this sentence needs.',
            }),
          };
    case 4:
      return open
        ? {
            id: 'card.hours.open-closes.friday',
            text: msg(str`Open now. Closes on Friday at ${time}.`, {
              id: 'card.hours.open-closes.friday',
              desc: 'Under opening hours. time: a time of day in words, for example 5pm. Write Friday in the form this sentence needs.',
            }),
          }
        : {
            id: 'card.hours.closed-opens.friday',
            text: msg(str`Closed now. Opens on Friday at ${time}.`, {
              id: 'card.hours.closed-opens.friday',
              desc: 'Under opening hours. time: a time of day in words, for example 9am. Write Friday in the form this sentence needs.',
            }),
          };
    case 5:
      return open
        ? {
            id: 'card.hours.open-closes.saturday',
            text: msg(str`Open now. Closes on Saturday at ${time}.`, {
              id: 'card.hours.open-closes.saturday',
              desc: 'Under opening hours. time: a time of day in words, for example 5pm. Write Saturday in the form this sentence needs.',
            }),
          }
        : {
            id: 'card.hours.closed-opens.saturday',
            text: msg(str`Closed now. Opens on Saturday at ${time}.`, {
              id: 'card.hours.closed-opens.saturday',
              desc: 'Under opening hours. time: a time of day in words, for example 9am. Write Saturday in the form this sentence needs.',
            }),
          };
    default:
      return open
        ? {
            id: 'card.hours.open-closes.sunday',
            text: msg(str`Open now. Closes on Sunday at ${time}.`, {
              id: 'card.hours.open-closes.sunday',
              desc: 'Under opening hours. time: a time of day in words, for example 5pm. Write Sunday in the form this sentence needs.',
            }),
          }
        : {
            id: 'card.hours.closed-opens.sunday',
            text: msg(str`Closed now. Opens on Sunday at ${time}.`, {
              id: 'card.hours.closed-opens.sunday',
              desc: 'Under opening hours. time: a time of day in words, for example 9am. Write Sunday in the form this sentence needs.',
            }),
          };
  }
}
