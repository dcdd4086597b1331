/**
 * The theme's contrast check as a pack: `advocacy-widgets.theme-check.js`, loaded only on a page
 * that sets any of the widgets' colours, to report a pair that fails WCAG AA in the console.
 */
import { checkContrast } from '../ui/contrast.js';
import { PACK_EVENT, type PackDetail } from './protocol.js';

const themeCheck = { checkContrast };

document.currentScript?.dispatchEvent(
  new CustomEvent<PackDetail<typeof themeCheck>>(PACK_EVENT, {
    detail: { name: 'theme-check', take: () => themeCheck },
  }),
);
