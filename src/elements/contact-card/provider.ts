/** One provider on the card: its name, notices, ways to get in touch, hours and who can refer. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { heading } from '../../ui/heading.js';
import { formatDate, formatLanguage, formatList } from '../../ui/format.js';
import { kindName } from '../../knowledge/names.js';
import type { Provider } from '../../providers/index.js';
import { renderHours } from './hours.js';
import type { CardView } from './view.js';

/**
 * Numbers, email and web addresses keep their left-to-right order inside right-to-left text
 * ("01332 641633" would otherwise show its groups reversed in Arabic or Urdu).
 */
const ltr = (text: string) => html`<bdi dir="ltr">${text}</bdi>`;

/**
 * A name from the data inside one of our sentences, isolated with FSI and PDI (the text form of
 * `<bdi>`), so that an English name's punctuation stays with it in a right-to-left sentence.
 */
const isolate = (text = '') => `\u2068${text}\u2069`;

/** In easy read, what a word on the card means ("textphone", "Relay UK", "referral"). */
function explain(card: CardView, id: string): TemplateResult | typeof nothing {
  const words = card.ui(id, '');
  return words ? html`<span class="line explain">${words}</span>` : nothing;
}

export function renderReferrers(
  card: CardView,
  provider: Provider,
): TemplateResult | typeof nothing {
  const who = provider.whoCanRefer;
  const lines: string[] = [];
  if (who.self)
    lines.push(
      card.ui('card.refer.self', msg('You can refer yourself.', { id: 'card.refer.self' })),
    );
  if (who.self === false)
    lines.push(
      card.ui(
        'card.refer.not-self',
        msg('You cannot refer yourself. Ask a professional to refer you.', {
          id: 'card.refer.not-self',
        }),
      ),
    );
  if (who.family)
    lines.push(
      card.ui(
        'card.refer.family',
        msg('A family member or friend can refer you.', { id: 'card.refer.family' }),
      ),
    );
  if (who.professional)
    lines.push(
      card.ui(
        'card.refer.professional',
        msg('A professional, such as a social worker, nurse or doctor, can refer you.', {
          id: 'card.refer.professional',
        }),
      ),
    );
  if (lines.length === 0) return nothing;
  return html`<dt>
      ${card.pict(card.uiPictogram('card.refer.label'))}${card.ui('card.refer.label', msg('Who can refer', { id: 'card.refer.label' }))}
    </dt>
    <dd>${lines.map((l) => html`<span class="line">${l}</span>`)}</dd>`;
}

export function renderProvider(card: CardView, provider: Provider): TemplateResult {
  const noContact = provider.problems.some((p) => p.code === 'no-contact');
  if (noContact) {
    card.warnOnce(
      `no-contact:${provider.id}`,
      `"${provider.name}" has no phone, textphone, text number, email, website or referral form, so nobody can contact it. Add at least one.`,
    );
  }
  const kinds = provider.services.map((id) => kindName(id));
  return html`<section
    class="card"
    part="card"
    data-read
    aria-labelledby=${card.landmark ? `name-${provider.id}` : nothing}
  >
    ${heading(card.level, html`<bdi>${provider.name}</bdi>`, { id: `name-${provider.id}`, className: 'heading-medium' })}
    ${card.listen(provider.id)}
    ${
      provider.organisation && provider.organisation !== provider.name
        ? html`<p class="muted">
            ${card.ui('card.organisation', msg(str`Run by ${isolate(provider.organisation)}`, { id: 'card.organisation' }), { organisation: isolate(provider.organisation) })}
          </p>`
        : nothing
    }
    ${
      provider.alert
        ? html`<p class="alert" part="alert">
            <strong
              >${card.ui('card.alert.label', msg('Notice:', { id: 'card.alert.label' }))}</strong
            >
            <bdi>${provider.alert}</bdi>
          </p>`
        : nothing
    }
    ${
      noContact
        ? card.editorMessage(
            msg('This contact card has no way to get in touch.', {
              id: 'card.editor.no-contact.title',
            }),
            msg('Add a phone number, email address, website or referral form link.', {
              id: 'card.editor.no-contact.detail',
            }),
          )
        : nothing
    }
    ${
      kinds.length
        ? html`<div class="services">
            <p>
              ${card.ui('card.services.label', msg('Advocacy offered:', { id: 'card.services.label' }))}
            </p>
            <ul>
              ${kinds.map((k) => html`<li>${k}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      provider.singlePointOfAccess
        ? html`<p>
            ${card.ui(
              'card.single-point',
              msg(
                'This is the single point of access: one place to ask for any kind of advocacy in this area.',
                {
                  id: 'card.single-point',
                },
              ),
            )}
            ${provider.singlePointOfAccessNote ? html`<bdi>${provider.singlePointOfAccessNote}</bdi>` : nothing}
          </p>`
        : nothing
    }
    <dl class="details">
      ${
        provider.phone
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.phone.label'))}${card.ui('card.phone.label', msg('Phone', { id: 'card.phone.label' }))}
              </dt>
              <dd>
                ${card.link(provider.phone.href, ltr(provider.phone.display), 'phone')}
                ${
                  provider.referralHelpByPhone
                    ? html`<br />${card.ui('card.phone.referral-help', msg('Need help with the referral form? Call us.', { id: 'card.phone.referral-help' }))}`
                    : nothing
                }
              </dd>`
          : nothing
      }
      ${
        provider.sms
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.sms.label'))}${card.ui('card.sms.label', msg('Text message (SMS)', { id: 'card.sms.label' }))}
              </dt>
              <dd>
                ${card.link(provider.sms.href.replace(/^tel:/, 'sms:'), ltr(provider.sms.display))}
              </dd>`
          : nothing
      }
      ${
        provider.textphone
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.textphone.label'))}${card.ui('card.textphone.label', msg('Textphone', { id: 'card.textphone.label' }))}
              </dt>
              <dd>
                ${card.link(provider.textphone.href, ltr(provider.textphone.display))}
                ${explain(card, 'card.textphone.explain')}
              </dd>`
          : nothing
      }
      ${
        provider.relayUk
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.relay.label'))}${card.ui('card.relay.label', msg('Relay UK', { id: 'card.relay.label' }))}
              </dt>
              <dd>
                ${card.link(provider.relayUk.href, ltr(provider.relayUk.display))}
                ${explain(card, 'card.relay.explain')}
              </dd>`
          : nothing
      }
      ${
        provider.email
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.email.label'))}${card.ui('card.email.label', msg('Email', { id: 'card.email.label' }))}
              </dt>
              <dd>${card.link(`mailto:${provider.email}`, ltr(provider.email))}</dd>`
          : nothing
      }
      ${
        provider.website
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.website.label'))}${card.ui('card.website.label', msg('Website', { id: 'card.website.label' }))}
              </dt>
              <dd>
                ${card.link(provider.website, ltr(new URL(provider.website).host.replace(/^www\./, '')))}
              </dd>`
          : nothing
      }
      ${
        provider.referralUrl
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.referral.label'))}${card.ui('card.referral.label', msg('Referral form', { id: 'card.referral.label' }))}
              </dt>
              <dd>
                ${card.link(provider.referralUrl, card.ui('card.referral.link', msg('Fill in the referral form', { id: 'card.referral.link' })))}
                ${explain(card, 'card.referral.explain')}
              </dd>`
          : nothing
      }
      ${
        provider.address
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.address.label'))}${card.ui('card.address.label', msg('Address', { id: 'card.address.label' }))}
              </dt>
              <dd class="address">
                ${provider.address.lines.map((l) => html`<span><bdi>${l}</bdi></span>`)}
                ${provider.address.postcode ? html`<span>${ltr(provider.address.postcode)}</span>` : nothing}
                ${
                  provider.mapUrl
                    ? card.link(
                        provider.mapUrl,
                        card.ui(
                          'card.address.map',
                          msg('See it on a map', { id: 'card.address.map' }),
                        ),
                      )
                    : nothing
                }
              </dd>`
          : nothing
      }
      ${
        provider.hours
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.hours.label'))}${card.ui('card.hours.label', msg('Opening hours', { id: 'card.hours.label' }))}
              </dt>
              <dd>${renderHours(card, provider.hours)}</dd>`
          : nothing
      }
      ${renderReferrers(card, provider)}
      ${
        provider.languages.length
          ? html`<dt>
                ${card.pict(card.uiPictogram('card.languages.label'))}${card.ui('card.languages.label', msg('Languages', { id: 'card.languages.label' }))}
              </dt>
              <dd>${formatList(provider.languages.map(formatLanguage))}</dd>`
          : nothing
      }
    </dl>
    ${
      provider.lastChecked
        ? html`<p class="muted">
            ${card.ui('card.last-checked', msg(str`These details were last checked on ${formatDate(provider.lastChecked)}.`, { id: 'card.last-checked' }), { lastChecked: formatDate(provider.lastChecked ?? '') })}
          </p>`
        : nothing
    }
    ${
      card.kiosk
        ? card.printButton()
        : html`<button
            type="button"
            class="button button--secondary save"
            part="button"
            @click=${() => void card.saveContact(provider)}
          >
            ${card.ui('card.save', msg(str`Save contact: ${isolate(provider.name)}`, { id: 'card.save' }), { name: isolate(provider.name) })}
          </button>`
    }
  </section>`;
}
