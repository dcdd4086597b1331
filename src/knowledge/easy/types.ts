/** The easy read of one kind: its text, and what differs in each nation. */
import type { Nation } from '../nations.js';
import type { KindText, NationEasyRead } from '../types.js';

export interface EasyKind {
  readonly text: KindText;
  readonly nations: Readonly<Record<Nation, NationEasyRead>>;
}
