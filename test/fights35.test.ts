import { describe, it } from 'vitest';
import { expectFight } from './ties-helpers.js';

// Issue #10, armed-conflict ties (fights35 helper). Passages written for these tests, with
// invented names.
// - A site, vehicle or unit noun that a lower-case "army", "military" or "police" qualifies ("an army
//   post", "a military convoy", "a police station") stands for the state's force the text names, as
//   a bare "soldiers" or "police" does (`siteKind` in ties-fights31.ts, read through
//   `stateForceSide` by event-ties.ts).
// - "F repelled an attack by G", "F repulsed an assault by G": the side that beats back an attack
//   fights the side that made it (`fights/repel-attack` in ties/fights.ts).
// - A count opening the sentence before a name and its people's plural noun ("Forty G fighters") is
//   no part of the name (`countBeforePeople` in mentions.ts), so the tie reaches G.

describe("fights35: an army's or the police's site stands for the force the text names", () => {
  it.each([
    [
      'Sabu Front gunmen ambushed a military convoy on the coast road. The Ruvani National Army confirmed the losses on Sunday.',
      'Sabu Front',
      'Ruvani National Army',
    ],
    [
      'The Lomar Brigade stormed a military checkpoint outside Pemba overnight. The Kivu Defence Force said four of its men died.',
      'Lomar Brigade',
      'Kivu Defence Force',
    ],
    [
      'Gunmen of the Tarsa Liberation Army attacked army barracks in the town of Pemba before dawn, the Kivu Defence Force said.',
      'Tarsa Liberation Army',
      'Kivu Defence Force',
    ],
    [
      'The Lomar Brigade claimed responsibility for a night attack on a remote army post at Pemba. The Kivu Defence Force said two soldiers were wounded.',
      'Lomar Brigade',
      'Kivu Defence Force',
    ],
    [
      'Sabu Front fighters raided a rural police station outside Tarsa on Monday. The Ruvani National Police said two officers were hurt.',
      'Sabu Front',
      'Ruvani National Police',
    ],
    [
      'The Lomar Brigade claimed an attack on a police post near Pemba, according to the Kivu Police Service.',
      'Lomar Brigade',
      'Kivu Police Service',
    ],
  ])('the attacker fights the named force: %s', (text, a, b) => expectFight(text, a, b));
});

describe('fights35: beating back an attack', () => {
  it.each([
    [
      'The Ruvani National Army repelled an attack by the Sabu Front near Tarsa on Monday night.',
      'Ruvani National Army',
      'Sabu Front',
    ],
    [
      'Kivu Defence Force soldiers repulsed an assault by the Lomar Brigade near the airport.',
      'Kivu Defence Force',
      'Lomar Brigade',
    ],
    [
      'Troops of the Ruvani National Army repelled a night raid by the Lomar Brigade on their camp.',
      'Ruvani National Army',
      'Lomar Brigade',
    ],
    [
      'The Sabu Front said it had repulsed an offensive by the Kivu Defence Force in the hills.',
      'Sabu Front',
      'Kivu Defence Force',
    ],
  ])('the defender fights the attacker: %s', (text, a, b) => expectFight(text, a, b));
});

describe('fights35: a count opening the sentence is no part of the name', () => {
  it.each([
    [
      'Sixty Lomar Brigade militants surrendered to the Kivu Defence Force on Monday.',
      'Lomar Brigade',
      'Kivu Defence Force',
    ],
    [
      'Forty Sabu Front fighters surrendered to the Ruvani National Army after a week of shelling.',
      'Sabu Front',
      'Ruvani National Army',
    ],
    [
      'Twenty Tarsa Liberation Army gunmen were killed by Kivu Defence Force troops on Friday.',
      'Tarsa Liberation Army',
      'Kivu Defence Force',
    ],
  ])('the tie reaches the group: %s', (text, a, b) => expectFight(text, a, b));
});

describe("fights35: a site's force is one told beside it, not paragraphs away", () => {
  // (lead) a force named in another paragraph may be another country's: the site makes no fight
  it.each([
    [
      'The Tarsa Border Police guards the refugee camps on the river, its commander said.\n\nThe exodus began in 2017, after Sabu Front fighters attacked police posts across the border.',
      'Sabu Front',
      'Tarsa Border Police',
    ],
    [
      'Officers of the Kivu Police Service escorted the aid convoy to the camp on Friday.\n\nYears earlier Lomar Brigade gunmen attacked a police station in the neighbouring province.',
      'Lomar Brigade',
      'Kivu Police Service',
    ],
  ])('no fight with a force named in another paragraph: %s', (text, a, b) => expectFight(text, a, b, false));
});
