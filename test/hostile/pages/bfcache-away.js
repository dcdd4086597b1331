/* global window, history */
// Someone else at the kiosk presses Back.
window.addEventListener('load', () => window.setTimeout(() => history.back(), 200));
