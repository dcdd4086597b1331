/**
 * The theme's contrast check as a pack: `advocacy-widgets.theme-check.js`, loaded only on a page
 * that sets any of the widgets' colours, to report a pair that fails WCAG AA in the console.
 */
import { checkContrast } from '../ui/contrast.js';
import { announce } from './protocol.js';

const themeCheck = { checkContrast };

announce<typeof themeCheck>({ name: 'theme-check', take: () => themeCheck });
