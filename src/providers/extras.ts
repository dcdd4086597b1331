/** What a contact card needs only now and then: the vCard for "Save contact", and JSON-LD. */
export { toVCard } from './vcard.js';
export { jsonLdText, toJsonLd } from './jsonld.js';
