/** The words of the reasons that only Northern Ireland's rules use (rights/northern-ireland.ts). */
import { msg } from '@lit/localize';
import { both, you } from '../text.js';
import type { PerspectiveText } from '../types.js';

export const NORTHERN_IRELAND_WORDS = {
  'ni-no-imha': both(
    () =>
      msg(
        'Northern Ireland has no law giving a right to an Independent Mental Health Advocate (IMHA).',
        {
          id: 'quiz.reason.ni-no-imha',
        },
      ),
    () =>
      msg('In Northern Ireland, no law gives a right to a mental health advocate (IMHA).', {
        id: 'quiz.reason.ni-no-imha.easy',
      }),
  ),
  'ni-mental-health-ask': you(
    () =>
      msg(
        'Health and social care trusts fund some independent mental health advocacy. Ask the ward staff or your care team.',
        {
          id: 'quiz.reason.ni-mental-health-ask.self',
        },
      ),
    () =>
      msg('You may still get one. Ask the staff or your care team.', {
        id: 'quiz.reason.ni-mental-health-ask.self.easy',
      }),
    () =>
      msg(
        'Health and social care trusts fund some independent mental health advocacy. Ask the ward staff or the person’s care team.',
        {
          id: 'quiz.reason.ni-mental-health-ask.other',
        },
      ),
    () =>
      msg('The person may still get one. Ask the staff or their care team.', {
        id: 'quiz.reason.ni-mental-health-ask.other.easy',
      }),
  ),
  'ni-complaint': you(
    () =>
      msg('You want to make a complaint about health and social care.', {
        id: 'quiz.reason.ni-complaint.self',
      }),
    () =>
      msg('You want to complain about health or social care.', {
        id: 'quiz.reason.ni-complaint.self.easy',
      }),
    () =>
      msg('The person you support wants to make a complaint about health and social care.', {
        id: 'quiz.reason.ni-complaint.other',
      }),
    () =>
      msg('The person wants to complain about health or social care.', {
        id: 'quiz.reason.ni-complaint.other.easy',
      }),
  ),
  'ni-pcc': both(
    () =>
      msg(
        'In Northern Ireland, the Patient and Client Council must arrange free, independent help for people making these complaints.',
        {
          id: 'quiz.reason.ni-pcc',
        },
      ),
    () =>
      msg('The Patient and Client Council can help you for free.', {
        id: 'quiz.reason.ni-pcc.easy',
      }),
  ),
  'ni-children': both(
    () =>
      msg(
        'In Northern Ireland, many children and young people who are in care or leaving care can get an independent advocate.',
        {
          id: 'quiz.reason.ni-children',
        },
      ),
    () =>
      msg('Many young people in care can get an advocate.', {
        id: 'quiz.reason.scotland-children-care.easy',
      }),
  ),
  'ni-dol-if-authorisation': you(
    () =>
      msg(
        'In Northern Ireland, the trust decides whether your care needs an authorisation, such as for a deprivation of liberty. If it does, from age 16 you have a legal right to an Independent Mental Capacity Advocate (IMCA).',
        {
          id: 'quiz.reason.ni-dol-if-authorisation.self',
          desc: 'Mental Capacity Act (Northern Ireland) 2016, sections 35 and 36. Keep "legal right" and keep the condition (the trust decides).',
        },
      ),
    () =>
      msg(
        'Does the trust say your care needs permission? Then you have a right to an advocate (IMCA).',
        { id: 'quiz.reason.ni-dol-if-authorisation.self.easy' },
      ),
    () =>
      msg(
        'In Northern Ireland, the trust decides whether the person’s care needs an authorisation, such as for a deprivation of liberty. If it does, from age 16 they have a legal right to an Independent Mental Capacity Advocate (IMCA).',
        { id: 'quiz.reason.ni-dol-if-authorisation.other' },
      ),
    () =>
      msg(
        'Does the trust say the person’s care needs permission? Then they have a right to an advocate (IMCA).',
        { id: 'quiz.reason.ni-dol-if-authorisation.other.easy' },
      ),
  ),
  'ni-dol-may': you(
    () =>
      msg(
        'In Northern Ireland, from age 16, you may be able to get an Independent Mental Capacity Advocate (IMCA). It is a right if you cannot make the decision yourself and the trust decides your care needs an authorisation.',
        {
          id: 'quiz.reason.ni-dol-may.self',
          desc: 'Capacity not known: keep "may be able to get".',
        },
      ),
    () =>
      msg('You may be able to get an advocate (IMCA). Ask the trust.', {
        id: 'quiz.reason.ni-dol-may.self.easy',
      }),
    () =>
      msg(
        'In Northern Ireland, from age 16, the person may be able to get an Independent Mental Capacity Advocate (IMCA). It is a right if they cannot make the decision themselves and the trust decides their care needs an authorisation.',
        { id: 'quiz.reason.ni-dol-may.other' },
      ),
    () =>
      msg('The person may be able to get an advocate (IMCA). Ask the trust.', {
        id: 'quiz.reason.ni-dol-may.other.easy',
      }),
  ),
  'ni-dol-1986-order': you(
    () =>
      msg(
        'For now, these safeguards do not cover anyone liable to be detained under the Mental Health (Northern Ireland) Order 1986. If that applies to you, ask the trust what protects you instead.',
        {
          id: 'quiz.reason.ni-dol-1986-order.self',
          desc: 'Mental Capacity (2016 Act) (Commencement No. 1) Order (Northern Ireland) 2019, article 3 (transitional). Keep the Order’s name.',
        },
      ),
    () =>
      msg(
        'Are you kept in hospital under the mental health law? Then these rules are not used. Ask the trust.',
        { id: 'quiz.reason.ni-dol-1986-order.self.easy' },
      ),
    () =>
      msg(
        'For now, these safeguards do not cover anyone liable to be detained under the Mental Health (Northern Ireland) Order 1986. If that applies to the person, ask the trust what protects them instead.',
        { id: 'quiz.reason.ni-dol-1986-order.other' },
      ),
    () =>
      msg(
        'Is the person kept in hospital under the mental health law? Then these rules are not used. Ask the trust.',
        { id: 'quiz.reason.ni-dol-1986-order.other.easy' },
      ),
  ),
  'ni-dol-who-decides': both(
    () =>
      msg(
        'The health and social care trust decides whether an authorisation is needed, looking at the whole situation ([2026] UKSC 16). Ask the trust.',
        { id: 'quiz.reason.ni-dol-who-decides' },
      ),
    () =>
      msg('The trust decides if it needs permission. Ask the trust.', {
        id: 'quiz.reason.ni-dol-who-decides.easy',
      }),
  ),
  'ni-dol-exceptions': you(
    () =>
      msg(
        'There are 2 exceptions: an emergency, or if you have made a declaration that you do not want an IMCA.',
        { id: 'quiz.reason.ni-dol-exceptions.self' },
      ),
    () =>
      msg('This is not for an emergency. You can also say you do not want an advocate.', {
        id: 'quiz.reason.ni-dol-exceptions.self.easy',
      }),
    () =>
      msg(
        'There are 2 exceptions: an emergency, or if the person has made a declaration that they do not want an IMCA.',
        { id: 'quiz.reason.ni-dol-exceptions.other' },
      ),
    () =>
      msg('This is not for an emergency. The person can also say they do not want an advocate.', {
        id: 'quiz.reason.ni-dol-exceptions.other.easy',
      }),
  ),
  'ni-mho-ask': you(
    () =>
      msg(
        'This is so even if you are detained under the Mental Health (Northern Ireland) Order 1986. You can ask the ward, the trust, the Patient and Client Council or a local advocacy service.',
        { id: 'quiz.reason.ni-mho-ask.self' },
      ),
    () =>
      msg(
        'This is true even if you are kept in hospital. Ask the ward, the trust or the Patient and Client Council.',
        { id: 'quiz.reason.ni-mho-ask.self.easy' },
      ),
    () =>
      msg(
        'This is so even if the person is detained under the Mental Health (Northern Ireland) Order 1986. You can ask the ward, the trust, the Patient and Client Council or a local advocacy service.',
        { id: 'quiz.reason.ni-mho-ask.other' },
      ),
    () =>
      msg(
        'This is true even if the person is kept in hospital. Ask the ward, the trust or the Patient and Client Council.',
        { id: 'quiz.reason.ni-mho-ask.other.easy' },
      ),
  ),
  'ni-pcc-children': both(
    () =>
      msg('This includes complaints about children’s social services.', {
        id: 'quiz.reason.ni-pcc-children',
      }),
    () =>
      msg('This includes complaints about social workers for children.', {
        id: 'quiz.reason.ni-pcc-children.easy',
      }),
  ),
} satisfies Record<string, PerspectiveText>;
