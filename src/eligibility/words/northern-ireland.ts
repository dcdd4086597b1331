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
  'ni-dol': both(
    () =>
      msg(
        'The Mental Capacity Act (Northern Ireland) 2016 has safeguards for people who cannot decide about their care and are not free to leave.',
        {
          id: 'quiz.reason.ni-dol',
        },
      ),
    () =>
      msg('In Northern Ireland, the law protects people who are not free to leave.', {
        id: 'quiz.reason.ni-dol.easy',
      }),
  ),
  'ni-dol-ask': both(
    () =>
      msg(
        'These safeguards can include help from an independent advocate. Ask the health and social care trust.',
        {
          id: 'quiz.reason.ni-dol-ask',
        },
      ),
    () =>
      msg('You may get an advocate. Ask the health and social care trust.', {
        id: 'quiz.reason.ni-dol-ask.easy',
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
} satisfies Record<string, PerspectiveText>;
