/**
 * The name of each kind of advocacy, apart from the rest of the knowledge model: the contact card
 * and the quiz's result need the names on every page, the full text only where it is shown.
 */
import { msg } from '@lit/localize';
import type { AdvocacyKindId } from './ids.js';
import type { Text } from './types.js';

export const KIND_NAMES: Readonly<Record<AdvocacyKindId, Text>> = {
  imha: () =>
    msg('Independent Mental Health Advocate', {
      id: 'knowledge.imha.name',
      desc: 'Name of a kind of advocacy, used as a heading. The acronym IMHA is shown after it.',
    }),
  imca: () =>
    msg('Independent Mental Capacity Advocate', {
      id: 'knowledge.imca.name',
      desc: 'Name of a kind of advocacy, used as a heading. The acronym IMCA is shown after it.',
    }),
  'care-act': () =>
    msg('Care and support advocate', {
      id: 'knowledge.careAndSupport.name',
      desc: 'Name of a kind of advocacy, used as a heading: an advocate for decisions about care and support. England calls it a Care Act advocate, Wales an independent professional advocate.',
    }),
  'nhs-complaints': () =>
    msg('NHS complaints advocacy', {
      id: 'knowledge.nhsComplaints.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  children: () =>
    msg('Advocacy for children and young people', {
      id: 'knowledge.children.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  'learning-disability-autism': () =>
    msg('Learning disability and autism advocacy', {
      id: 'knowledge.learningDisabilityAutism.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  'mental-health': () =>
    msg('Mental health advocacy in the community', {
      id: 'knowledge.mentalHealth.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  community: () =>
    msg('Community advocacy', {
      id: 'knowledge.community.name',
      desc: 'Name of a kind of advocacy, used as a heading. Also called general advocacy.',
    }),
  citizen: () =>
    msg('Citizen advocacy', {
      id: 'knowledge.citizen.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  group: () =>
    msg('Group advocacy', {
      id: 'knowledge.group.name',
      desc: 'Name of a kind of advocacy, used as a heading. Also called collective advocacy.',
    }),
  peer: () =>
    msg('Peer advocacy', {
      id: 'knowledge.peer.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  self: () =>
    msg('Self-advocacy', {
      id: 'knowledge.self.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  paid: () =>
    msg('Paid advocacy', {
      id: 'knowledge.paid.name',
      desc: 'Name of a kind of advocacy, used as a heading.',
    }),
  'spot-purchase': () =>
    msg('Spot-purchase advocacy', {
      id: 'knowledge.spotPurchase.name',
      desc: 'Name of a kind of advocacy, used as a heading. "Spot purchase" means buying one service, one time.',
    }),
};

/** The name of a kind of advocacy in the current locale. */
export function kindName(id: AdvocacyKindId): string {
  return KIND_NAMES[id]();
}
