import { msg } from '@lit/localize';
import type { Nation } from '../knowledge/nations.js';

/** The nation's name in the current locale. */
export function nationName(nation: Nation): string {
  switch (nation) {
    case 'england':
      return msg('England', { id: 'nation.england' });
    case 'wales':
      return msg('Wales', { id: 'nation.wales' });
    case 'scotland':
      return msg('Scotland', { id: 'nation.scotland' });
    case 'northern-ireland':
      return msg('Northern Ireland', { id: 'nation.northern-ireland' });
  }
}
