/* global window */
// What an attacker would serve as a pack: if this runs, the loader was turned. The loader tests
// point the page at this folder by DOM clobbering or a late <base>, and check it never runs.
window.hijacked = (window.hijacked || 0) + 1;
