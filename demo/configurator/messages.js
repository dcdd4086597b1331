// What each problem the provider readers report (src/providers/model.ts, ProblemCode) means, in
// plain English for the editor, GOV.UK style: say what to do.

/** The form's input for each field of our format. */
export const FIELD_INPUTS = {
  name: 'provider-name',
  phone: 'provider-phone',
  textphone: 'provider-textphone',
  email: 'provider-email',
  website: 'provider-website',
  referralUrl: 'provider-referral-url',
  address: 'provider-address',
  hours: 'provider-hours',
  lastChecked: 'provider-last-checked',
  whoCanRefer: 'refer-self',
  services: 'service-imha',
};

/** Field names as an editor knows them. */
const FIELD_NAMES = {
  name: 'name',
  organisation: 'organisation',
  services: 'kinds of advocacy',
  areas: 'areas',
  nations: 'nations',
  phone: 'phone number',
  sms: 'text message number',
  textphone: 'textphone number',
  relayUk: 'Relay UK',
  email: 'email address',
  website: 'website',
  referralUrl: 'referral form',
  mapUrl: 'map link',
  address: 'address',
  hours: 'opening hours',
  whoCanRefer: 'who can refer',
  languages: 'languages',
  lastChecked: 'date last checked',
  alert: 'notice',
};

/**
 * One problem as a sentence. In the form, it is an error message next to the field ("Enter …");
 * for a pasted record, it names the service and the field.
 */
export function problemMessage(problem, mode) {
  const field = FIELD_NAMES[problem.field] ?? problem.field ?? 'detail';
  const which = problem.index !== undefined ? `Service ${problem.index + 1}: ` : '';
  const value = problem.value ? ` ("${problem.value}")` : '';
  if (mode === 'form') {
    switch (problem.code) {
      case 'no-contact':
        return 'Enter at least one way to get in touch: a phone number, textphone number, email address, website or referral form';
      case 'invalid-phone':
        return problem.field === 'textphone'
          ? 'Enter a UK textphone number, like 0808 157 0000'
          : 'Enter a UK phone number, like 0300 123 4567 or 01632 960 001';
      case 'invalid-email':
        return 'Enter an email address in the correct format, like name@example.org';
      case 'unsafe-url':
        return problem.field === 'referralUrl'
          ? 'Enter the full address of the referral form, starting with https://, or an email address starting with mailto:'
          : 'Enter the full address, starting with https://';
      case 'invalid-hours':
        return `Enter the opening hours like Mon-Fri 9:00-17:00; Sat 10am-1pm${problem.value ? `. We could not read "${problem.value}"` : ''}`;
      case 'invalid-postcode':
        return 'Enter a real UK postcode at the end of the address, like DE24 3DS';
      case 'invalid-date':
        return 'Enter a real date';
      case 'too-long':
        return `The ${field} is too long: make it shorter`;
      default:
        return `Check the ${field}${value}`;
    }
  }
  switch (problem.code) {
    case 'invalid-json':
      return 'The record is not valid JSON. Copy it again from your directory, or check for a missing comma, bracket or quote mark';
    case 'unknown-format':
      return 'The record is not in Open Referral UK format or our format (see docs/providers.md)';
    case 'unreadable':
      return 'The record could not be read';
    case 'no-name':
      return `${which}it has no name, so it was left out`;
    case 'no-contact':
      return `${which}it has no phone number, email address, website or referral form, so nobody can contact it`;
    case 'wrong-type':
      return `${which}the ${field} is not the right kind of value, so it was left out`;
    case 'too-long':
      return `${which}the ${field} was too long and was shortened or left out`;
    case 'too-many':
      return `There are too many services${value}: only the first 200 are used`;
    case 'unknown-field':
      return `${which}"${problem.value ?? problem.field}" is not a field we know, so it was ignored (is it spelt right?)`;
    case 'unknown-service':
      return `${which}"${problem.value}" is not a kind of advocacy we know, so it was left out`;
    case 'unknown-nation':
      return `${which}"${problem.value}" is not a UK nation, so it was left out`;
    case 'invalid-value':
      return `${which}the ${field}${value} is not one of the values allowed, so it was left out`;
    case 'unsafe-url':
      return `${which}the ${field}${value} is not a web address starting with https://, so it was left out`;
    case 'invalid-phone':
      return `${which}the ${field}${value} is not a UK phone number, so it was left out`;
    case 'invalid-email':
      return `${which}the email address${value} is not in the right format, so it was left out`;
    case 'invalid-postcode':
      return `${which}the postcode${value} is not a UK postcode, so it was left out`;
    case 'invalid-hours':
      return `${which}the opening hours could not be read${value}, so all of them were left out`;
    case 'unsupported-schedule':
      return `${which}an opening time that is not weekly (or not valid today) was left out`;
    case 'invalid-date':
      return `${which}the date last checked${value} is not a real date, so it was left out`;
    case 'relay-without-phone':
      return `${which}Relay UK is set, but there is no phone number to call through it`;
    case 'duplicate-id':
      return `${which}two services have the same id${value}: the second was given a new one`;
    default:
      return `${which}the ${field} has a problem (${problem.code})`;
  }
}
