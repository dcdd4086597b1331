/** A topic as written in the data: its dates come from its sources, its easy read is attached. */
import type { Topic } from '../types.js';
import type { TopicId } from './ids.js';

export interface TopicData extends Omit<Topic, 'checked' | 'reviewBy' | 'easyRead'> {
  readonly id: TopicId;
}
