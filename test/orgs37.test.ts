import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-helpers.js';
import { checkSpeaker, type QuoteCase } from './quotes-helpers.js';

// orgs37: a state body's, an army's or a front's name is kept whole, and such a body speaks.
// - mentions.ts run loop: "of the" and a known place after a body's word stay in the name ("the
//   Navy of the Dominican Republic"), as "of" and a place did; forTheName lets a people's word
//   that opens a country's name go on ("of the Dominican Republic").
// - mentions.ts orgComplete: a state body's noun (navy, gendarmerie, directorate, corps, agency,
//   secretariat, federation, union, board …) before "of" and a country keeps the country in its
//   name, as ministry and police did ("the Gendarmerie of Niger").
// - mentions.ts knownComplement: a known body's generic name in English words after "of" inside a
//   body's name is its complement ("the Department of Military Intelligence").
// - mentions.ts coordinatedComplementEnd: a known "X of Y" body, then "and" and English words that
//   end the run, is one body ("the Ministry of Interior and Civil Protection").
// - mentions.ts bracketedName: the acronym in brackets after such a whole name is its alias.
// - quotes.ts ORG_NOUN: "the directorate", "the service", "the federation", "the battalion", "the
//   navy", "the union", "the board", "the secretariat" said → the body named with that noun.
// Every sentence and name here is written for this test.

const named = (text: string) => entitiesOf(text);
const orgNames = (text: string) => named(text).filter((e) => e.type === 'organization');

describe('a body’s name runs over "of (the)" and the country it belongs to', () => {
  it.each([
    [
      'A patrol of the Armed Forces of the Gambia was ambushed near the Senegalese border on Friday.',
      'Armed Forces of the Gambia',
    ],
    [
      'Two officers were wounded when their jeep was hit, according to the National Police of the Bahamas.',
      'National Police of the Bahamas',
    ],
    [
      'Marine units of the Navy of the Dominican Republic intercepted a speedboat carrying cocaine.',
      'Navy of the Dominican Republic',
    ],
    [
      'The Coast Guard of the Maldives has rescued eleven fishermen whose dhow capsized.',
      'Coast Guard of the Maldives',
    ],
    [
      'The Defence Force of the Solomon Islands will take part in the joint exercise next month.',
      'Defence Force of the Solomon Islands',
    ],
    [
      'Soldiers from the National Army of the Sudan shelled the market, residents said.',
      'National Army of the Sudan',
    ],
    ['The Navy of Peru intercepted a speedboat off the coast of Tumbes.', 'Navy of Peru'],
    ['Three students were detained by the Gendarmerie of Niger in Agadez.', 'Gendarmerie of Niger'],
    ['Members of the Workers’ Union of Ghana protested in Accra on Friday.', 'Workers’ Union of Ghana'],
    [
      'Two men were charged by the Anti-Corruption Board of Kenya on Thursday.',
      'Anti-Corruption Board of Kenya',
    ],
    [
      'The Ecumenical Secretariat of Chad condemned the killings in the south.',
      'Ecumenical Secretariat of Chad',
    ],
    [
      'The league was suspended on Tuesday by the Football Federation of Mali.',
      'Football Federation of Mali',
    ],
  ])('%s → %s', (text, name) => {
    const es = named(text);
    expect(es.find((e) => e.names.includes(name))?.type).toBe('organization');
    // the country inside the name is no place of its own here
    expect(es.filter((e) => e.type === 'place' && name.endsWith(e.name))).toEqual([]);
  });

  it('keeps the country as a place where the article names it apart', () => {
    const es = named(
      'The Coast Guard of the Maldives rescued eleven fishermen. Storms have battered the Maldives since May.',
    );
    expect(es.map((e) => `${e.type}:${e.name}`)).toEqual([
      'organization:Coast Guard of the Maldives',
      'place:Maldives',
    ]);
  });
});

describe('a known generic body after "of" is the complement, not a body of its own', () => {
  it.each([
    [
      'The Department of Military Intelligence detained four officers suspected of plotting a coup.',
      'Department of Military Intelligence',
    ],
    [
      'Investigators from the Ministry of Homeland Security questioned the driver for six hours.',
      'Ministry of Homeland Security',
    ],
    [
      'A former chief of the Bureau of Military Intelligence was charged with treason in Lagos.',
      'Bureau of Military Intelligence',
    ],
    [
      'The suspects were handed over to the Office of Homeland Security in Accra.',
      'Office of Homeland Security',
    ],
  ])('%s → %s', (text, name) => {
    expect(orgNames(text).map((e) => e.name)).toEqual([name]);
  });
});

describe('"of X and Y": a coordinated complement is one body', () => {
  it.each([
    [
      'The Ministry of Interior and Civil Protection ordered all markets in the capital closed.',
      'Ministry of Interior and Civil Protection',
    ],
    [
      'Officials at the Ministry of Defence and Veterans Affairs refused to comment on the crash.',
      'Ministry of Defence and Veterans Affairs',
    ],
    [
      'A delegation from the Ministry of Foreign Affairs and International Cooperation arrived in Niamey.',
      'Ministry of Foreign Affairs and International Cooperation',
    ],
    [
      'Reporters were told by the Ministry of Interior and Public Order that the curfew stands.',
      'Ministry of Interior and Public Order',
    ],
  ])('%s → %s', (text, name) => {
    const es = named(text);
    expect(orgNames(text).map((e) => e.name)).toEqual([name]);
    expect(es.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('the acronym after a whole name is its alias, and the name used again is the same body', () => {
  it.each([
    [
      'The Navy of Peru (MGP) seized a fishing boat near Paita on Monday. Two days later the Navy of Peru released the crew.',
      'Navy of Peru',
      'MGP',
    ],
    [
      'Officers of the National Police of the Bahamas (NPB) seized a boat in Nassau. The National Police of the Bahamas said it carried cocaine.',
      'National Police of the Bahamas',
      'NPB',
    ],
    [
      'The Gendarmerie of Niger (GN) arrested a smuggler near Agadez. A week later the Gendarmerie of Niger freed him.',
      'Gendarmerie of Niger',
      'GN',
    ],
    [
      'The Department of Military Intelligence (DMI) detained four officers. The Department of Military Intelligence later released one of them.',
      'Department of Military Intelligence',
      'DMI',
    ],
  ])('%s → %s (%s)', (text, name, acr) => {
    const orgs = orgNames(text);
    expect(orgs.map((e) => e.name)).toEqual([name]);
    expect(orgs[0].names).toContain(acr);
    expect(named(text).filter((e) => e.type === 'place' && name.endsWith(e.name))).toEqual([]);
  });
});

describe('a body’s name of another language with its words after the head in lower case is whole', () => {
  it.each([
    [
      'Soldiers of the Forces armées centrafricaines entered Bria on Sunday.',
      'Forces armées centrafricaines',
    ],
    ['The Forces armées maliennes said the camp near Gao had been retaken.', 'Forces armées maliennes'],
    [
      'Two gendarmes were killed when the Garde nationale du Niger was ambushed near Diffa.',
      'Garde nationale du Niger',
    ],
    [
      'Officers of the Direction générale de la sécurité intérieure arrested a teenager in Lyon.',
      'Direction générale de la sécurité intérieure',
    ],
    [
      'The Ministère de l’Intérieur et de la Sécurité publique banned the march in Bamako.',
      'Ministère de l’Intérieur et de la Sécurité publique',
    ],
    ['A suspect was handed to the Police nationale in Dosso, a witness said.', 'Police nationale'],
    [
      'The Ejército nacional de Colombia reported that six rebels had surrendered.',
      'Ejército nacional de Colombia',
    ],
  ])('%s → %s', (text, name) => {
    const es = named(text);
    expect(orgNames(text).map((e) => e.name)).toEqual([name]);
    // no piece of the name is a place or a person of its own
    expect(es.filter((e) => e.type !== 'organization' && name.includes(e.name))).toEqual([]);
  });

  // an English verb the common-word list lacks, after a head that is also English, is no name
  it.each([
    'Police defused a bomb planted near a church in Mombasa on Sunday.',
    'Police tasered a suspect outside the embassy in Nairobi.',
    'Forces shelled the ridge above the town for two days.',
  ])('%s: no body', (text) => {
    expect(orgNames(text).map((e) => e.name)).toEqual([]);
  });
});

const SPEAKS: QuoteCase[] = [
  {
    what: 'a French force’s name in lower case speaks',
    text: 'An outpost near Menaka came under fire at dawn. "The assailants fled towards the border, leaving nine dead," the Forces armées maliennes said in a communique.',
    quote: 'The assailants fled',
    want: { name: 'Forces armées maliennes' },
  },
  {
    what: 'the directorate said in a statement',
    text: 'The Directorate of Criminal Investigations arrested four suspects in Mombasa on Sunday. "The four men meant to bomb a church," the directorate said in a statement.',
    quote: 'The four men meant',
    want: { name: 'Directorate of Criminal Investigations' },
  },
  {
    what: 'the service said',
    text: 'The National Intelligence Service detained two men near the port. "They were carrying explosives," the service said.',
    quote: 'They were carrying',
    want: { name: 'National Intelligence Service' },
  },
  {
    what: 'the federation said, its name with "of" and a country',
    text: 'The Football Federation of Mali suspended the league after the attack. "No match will be played until security returns," the federation said on Tuesday.',
    quote: 'No match will be played',
    want: { name: 'Football Federation of Mali' },
  },
  {
    what: 'the battalion said, a numbered unit',
    text: 'A convoy was ambushed near Kidal, the 3rd Mechanised Battalion reported. "Two of our vehicles were destroyed and four soldiers were wounded," the battalion said.',
    quote: 'Two of our vehicles',
    want: { name: '3rd Mechanised Battalion' },
  },
  {
    what: 'the navy said, a navy named "of" its country',
    text: 'The Navy of Peru seized a fishing boat near Paita. "The crew had no licence and carried weapons," the navy said.',
    quote: 'The crew had no licence',
    want: { name: 'Navy of Peru' },
  },
  {
    what: 'the union said, after a passive sentence',
    text: 'A march in Accra was led by the Workers’ Union of Ghana on Friday. "Our members have not been paid for five months," the union said.',
    quote: 'Our members have not',
    want: { name: 'Workers’ Union of Ghana' },
  },
  {
    what: 'said the board, the verb first',
    text: 'Two men were charged by the Anti-Corruption Board of Kenya. "The evidence against them is overwhelming," said the board.',
    quote: 'The evidence against them',
    want: { name: 'Anti-Corruption Board of Kenya' },
  },
  {
    what: 'the secretariat said',
    text: 'The Ecumenical Secretariat of Chad condemned the killings. "Nothing justifies the murder of unarmed villagers," the secretariat said.',
    quote: 'Nothing justifies the murder',
    want: { name: 'Ecumenical Secretariat of Chad' },
  },
];

describe('a body named by its noun speaks as the body', () => {
  it.each(SPEAKS.map((c) => [c.what, c] as const))('%s', (_what, c) => checkSpeaker(c, '2026-05-02'));
});
