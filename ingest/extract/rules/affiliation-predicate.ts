// A post after a name may be the subject of the sentence's verb: "Mr. X, the Chair of the Leadership Panel
// will be the first speaker" (an IGF closing-session transcript, no comma before the verb). The chain of
// posts ends where a finite auxiliary starts the predicate; without this the body read was "Leadership
// Panel will be the first speaker". Lower case only: a capitalised "May" or "Will" may be part of a name.

/** A finite auxiliary after a segment's words: where the post ends and the predicate begins. */
const PREDICATE_START =
  /\s+(?:will|would|shall|should|is|was|are|were|has|had|have|can|could|may|might|must)\s+\p{Ll}/u;

/** The segment's words before a predicate, or undefined where none starts in it. */
export function beforePredicate(raw: string): string | undefined {
  const m = PREDICATE_START.exec(raw);
  return m ? raw.slice(0, m.index) : undefined;
}
