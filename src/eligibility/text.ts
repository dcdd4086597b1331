/** Small helpers for wording: a text in two registers, and texts in two perspectives. */
import type { Answers, Perspective, PerspectiveText, Register, Text } from './types.js';

/** A text with its standard and easy-read wording. Both are functions: `msg()` runs late. */
export function text(standard: () => string, easyRead: () => string): Text {
  return (register: Register = 'standard') => (register === 'easy-read' ? easyRead() : standard());
}

/** A perspective text from four functions: you (standard, easy read), the person (standard, easy read). */
export function you(
  self: () => string,
  selfEasy: () => string,
  other: () => string,
  otherEasy: () => string,
): PerspectiveText {
  return { self: text(self, selfEasy), other: text(other, otherEasy) };
}

/** The same wording, in two registers, for both perspectives. */
export function both(standard: () => string, easy: () => string): PerspectiveText {
  return same(text(standard, easy));
}

/** The same wording for both perspectives (no "you" in it). */
export function same(t: Text): PerspectiveText {
  return { self: t, other: t };
}

/** Whose situation the answers are about: "someone I support" answers are about another person. */
export function perspectiveOf(answers: Answers): Perspective {
  return answers.role === 'family-friend' || answers.role === 'professional' ? 'other' : 'self';
}

/** Reads a perspective text in a perspective and register. */
export function read(
  wording: PerspectiveText,
  perspective: Perspective,
  register: Register = 'standard',
): string {
  return wording[perspective](register);
}
