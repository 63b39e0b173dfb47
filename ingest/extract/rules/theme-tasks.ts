// A list item that opens with a bare verb is a task, not a topic: "The new office will work across five
// main areas: • Serve as advocate and focal point for digital cooperation …; • Facilitate inclusive,
// multistakeholder policy dialogue …; • Support the follow-up and implementation of the Global Digital
// Compact." (a page on the UN Office for Digital and Emerging Technologies). Those "areas" are the office's
// functions; as Themes they would be five sentence-long topics no other document names. A topic's name is
// a noun phrase ("Digital divide", "Enabling Governments on an equal footing …", "Review process"): the
// verbs below are the ones mandates and terms of reference open their duties with, and the item must go on
// past the verb in lower case or with a function word ("Support the …", "Advise senior …"), so a two-word
// noun phrase that starts with the same word ("Review process") stays a theme.

const TASK_VERBS = new Set([
  'Achieve',
  'Address',
  'Advise',
  'Advocate',
  'Assist',
  'Attend',
  'Build',
  'Collaborate',
  'Conduct',
  'Contribute',
  'Convene',
  'Coordinate',
  'Create',
  'Develop',
  'Encourage',
  'Engage',
  'Enhance',
  'Ensure',
  'Establish',
  'Exchange',
  'Facilitate',
  'Familiarise',
  'Familiarize',
  'Foster',
  'Help',
  'Identify',
  'Implement',
  'Improve',
  'Increase',
  'Lead',
  'Leverage',
  'Mobilise',
  'Mobilize',
  'Monitor',
  'Participate',
  'Prepare',
  'Promote',
  'Protect',
  'Provide',
  'Raise',
  'Serve',
  'Share',
  'Strengthen',
  'Submit',
  'Support',
  'Undertake',
]);

/** Whether a list item's words (bullet or number already stripped or not) read as a duty, not a topic. */
export function taskItem(raw: string): boolean {
  const words = raw
    .replace(/^\s*(?:[-•·▪◦–]\s*)?(?:\(?[a-z]{1,4}\)|[A-Z]\.|\d+\.)?\s*/, '')
    .trim()
    .split(/\s+/);
  if (words.length < 3 || !TASK_VERBS.has(words[0]!)) return false;
  // The next word goes on the verb's clause: lower case ("Facilitate inclusive …", "Serve as …").
  return /^\p{Ll}/u.test(words[1]!);
}
