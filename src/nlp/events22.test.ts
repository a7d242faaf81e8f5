import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: an act noun laid at a group by "responsible for" or "behind" (events10)', () => {
  it('"F said it had broken up a G cell responsible for the bombing": G did it, not F', () => {
    const a = run(
      "The Taliban said on Monday it had broken up an Islamic State cell responsible for last week's bombing of a market in Jalalabad.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Islamic State']]);
    const b = run(
      'The Nigerian army said it had dismantled a Boko Haram cell responsible for the bombing of a mosque in Konduga.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Boko Haram']]);
  });

  it('"a G cell behind the bombing": G, even when the parse hangs "behind" on the verb', () => {
    const a = run(
      'The Pakistani army said it had killed five members of a Tehrik-i-Taliban Pakistan cell behind the bombing of a checkpoint in Bannu.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Tehrik-i-Taliban Pakistan']]);
    const b = run(
      'The Kenyan military said it had destroyed a camp of an al Shabaab unit behind the attack on a bus near Lamu.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:al Shabaab']]);
  });
});

describe('events: an act noun in a phrase of time is not done by the clause subject (events10)', () => {
  it('"X had executed villagers after an ambush": X did not carry out the ambush', () => {
    const a = run(
      'Amnesty said in a report in March that soldiers and Dan Na Ambassagou militiamen had executed at least 20 herders near Mopti in May after an ambush, a claim the government denied.',
    );
    expect(a.of('attack').filter((v) => v.participants.length)).toEqual([]);
    const b = run(
      'Witnesses said the Wagner Group had executed nine shepherds near Douentza after an ambush on its convoy.',
    );
    expect(b.of('attack').map(b.roles)).not.toContainEqual(['agent:Wagner Group']);
  });
});

describe('events: a town named right before the act noun is its place (events10)', () => {
  it('"G claimed the Baidoa bombing": in Baidoa', () => {
    const a = run('Al Shabaab has claimed the Baidoa bombing, which killed nine people.');
    expect(a.of('attack').map((v) => a.name(v.place))).toEqual(['Baidoa']);
    const b = run('Boko Haram claimed the Maiduguri blast on Friday.');
    expect(b.of('attack').map((v) => b.name(v.place))).toEqual(['Maiduguri']);
  });
});

describe('events: the sides of "fighting between …" are named inside the phrase (events10)', () => {
  it('a name in a later clause ("since X was arrested") is no side of the fight', () => {
    const a = run(
      'Fighting between the two rival factions has killed more than 300 people in Zamfara since Bello Turji was arrested in May.',
    );
    expect(a.of('attack').map(a.roles)).not.toContainEqual(['agent:Bello Turji']);
    const b = run(
      'Clashes between the two wings have killed dozens of fighters in Idlib since Abu Mohammed al-Jolani was detained last year.',
    );
    expect(b.of('attack').map(b.roles)).not.toContainEqual(['agent:Abu Mohammed al-Jolani']);
    // the sides named in the phrase stay
    const c = run('Fighting between the Rapid Support Forces and the army has killed thousands in Darfur.');
    expect(c.of('attack').map(c.roles)).toEqual([['agent:Rapid Support Forces']]);
  });
});

describe('events: an irregular past after a subject with "the" is a verb, by the parse (events10)', () => {
  it('"The Houthis blew up a bridge": the Houthis did it', () => {
    const a = run('The Houthis blew up a bridge near Hodeidah on Monday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Houthis']]);
    const b = run('The Taliban blew up a checkpoint in Ghazni on Monday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Taliban']]);
  });
});

describe('events: the noun of the doer names its group by the parse (events10)', () => {
  it('"a suicide bomber from G": G', () => {
    const a = run(
      'A suicide bomber from the Pakistani Taliban blew himself up at a mosque in Peshawar on Friday.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Pakistani Taliban']]);
    const b = run('A suicide bomber from Boko Haram blew herself up at a market in Gwoza on Monday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Boko Haram']]);
  });

  it('"a G suicide attacker" is read as a doer noun, as "a suicide bomber" is', () => {
    const a = run('An ISKP suicide attacker blew himself up at a rally in Bajaur on Sunday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:ISKP']]);
    const b = run('An al Shabaab suicide attacker drove into the gate of a base near Marka on Sunday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:al Shabaab']]);
  });
});

describe('events: a suicide bomber who drove a vehicle of explosives into X (events10)', () => {
  it('the act told by the doer noun takes the place and day of the verb it is the subject of', () => {
    const a = run(
      'An al Shabaab suicide bomber rammed a truck packed with explosives into a military base in Baidoa on Sunday.',
    );
    expect(a.of('attack').map((v) => [a.name(v.place), v.date?.text])).toEqual([['Baidoa', 'Sunday']]);
    const b = run(
      'A Taliban suicide bomber drove a car laden with explosives into a checkpoint in Kandahar on Monday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Taliban']]);
    expect(b.of('attack').map((v) => [b.name(v.place), v.date?.text])).toEqual([['Kandahar', 'Monday']]);
  });
});

describe('events: an armed group named before the act noun did it (events10)', () => {
  it('"troops repelled an ISWAP attack", "an ISKP attack killed …": the group is the doer', () => {
    const a = run('Troops repulsed an ISWAP attack on Monguno on Sunday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:ISWAP']]);
    const b = run('Police said an ISKP attack on a Shiite mosque in Kunduz killed 20 people on Friday.');
    expect(b.of('attack').map(b.roles)).toContainEqual(['agent:ISKP']);
    // (the name may hang on the noun's first word: "a Houthi drone strike")
    const c = run('Residents described a Houthi drone strike on a market in Taiz on Monday.');
    expect(c.of('attack').map(c.roles)).toEqual([['agent:Houthi']]);
  });
});

describe('events: "the group\'s attack" is the attack of the group named before (events10)', () => {
  it('the possessor noun reads back to the armed group', () => {
    const a = run(
      "ISWAP has expanded its operations in Niger this year. The group's attack on a base in Diffa on Sunday killed 12 soldiers.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:ISWAP']]);
    const b = run(
      "Al Shabaab has stepped up raids in the south. Residents said the group's assault on a police station in Afgoye lasted three hours.",
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Al Shabaab']]);
  });
});

describe('events: "Last month its fighters attacked X", the subject the parser hung elsewhere (events10)', () => {
  it('a verb with an object and no subject, right after a noun, has that noun for its subject', () => {
    const a = run(
      'AQAP has stepped up its campaign in Abyan. Last month its fighters attacked a checkpoint near Mudiyah.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:AQAP']]);
    const b = run(
      'Boko Haram has regrouped near Lake Chad. Last week its fighters raided a village near Gwoza.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Boko Haram']]);
    // (a noun inside a phrase of its own is not the subject: "insurgents linked to the group")
    const c = run(
      'Islamic State has a branch in the province. Insurgents linked to the Islamic State group attacked the town of Mocimboa da Praia on Saturday, and Islamic State Mozambique Province claimed the raid.',
    );
    expect(c.of('attack').flatMap((v) => c.roles(v))).not.toContain('agent:Islamic State');
  });
});

describe('events: "Turkish drones struck X", a state\'s forces named by a demonym (events10)', () => {
  it('the state body the article names for that state, or else the state, is the doer', () => {
    const a = run(
      'Turkey has vowed to crush the SDF. Turkish drones struck SDF positions near Kobani in July.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Turkey', 'patient:SDF']]);
    const b = run(
      'Kenyan troops raided an al Shabaab base near Kolbio on Monday, the Kenya Defence Forces said.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Kenya Defence Forces', 'patient:al Shabaab']]);
    const c = run(
      'Pakistani jets bombed TTP hideouts in Khost on Monday. Pakistan said the strikes targeted militants.',
    );
    expect(c.of('attack').map(c.roles)).toContainEqual(['agent:Pakistan', 'patient:TTP']);
    // (a state the article does not name is no entity to give)
    const d = run('Nigerian troops attacked a Boko Haram camp near Gwoza on Monday.');
    expect(d.of('attack').map(d.roles)).toEqual([['patient:Boko Haram']]);
  });
});

describe('events: "Chad\'s army launched an offensive against X", a state that owns the force (events10)', () => {
  it("the force of the support verb's subject, owned by a named country, is the doer", () => {
    const a = run(
      "Chad's army launched an offensive against Boko Haram on the islands of Lake Chad on Wednesday, the Chadian National Army said.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Chadian National Army', 'patient:Boko Haram']]);
    const b = run("Sudan's army shelled RSF positions in Omdurman on Monday.");
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Sudan', 'patient:RSF']]);
  });
});

describe('events: a verb joined by "and" shares the subject of the verb before it (events10)', () => {
  it('"men from G surrounded an H post and exchanged fire with …": G, not H', () => {
    const a = run(
      'Dozens of fighters from the ADF surrounded an FARDC camp near Beni and exchanged fire with the soldiers.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:ADF']]);
    const b = run(
      'Scores of gunmen from al Shabaab encircled an AMISOM convoy near Marka and opened fire on the trucks.',
    );
    expect(b.of('attack').flatMap((v) => b.roles(v))).toContain('agent:al Shabaab');
    expect(b.of('attack').flatMap((v) => b.roles(v))).not.toContain('agent:AMISOM');
  });
});

describe('events: who acted "together with" or "alongside" the doer is a doer too (events10)', () => {
  it('"G stormed X together with H": H is an agent, not the patient', () => {
    const a = run('ISWAP stormed the town of Malam Fatori together with Boko Haram on Sunday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Boko Haram', 'agent:ISWAP']]);
    const b = run('The ADF raided a village near Beni alongside fighters of the Islamic State on Monday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:ADF', 'agent:Islamic State']]);
  });
});

describe('events: a person who "clashed with" others is at odds in words, no armed clash (events10)', () => {
  it('a named person as the very subject of "clash" makes no attack', () => {
    const a = run(
      'President Hassan Sheikh Mohamud has clashed with the leaders of Puntland over the new constitution.',
    );
    expect(a.of('attack')).toEqual([]);
    const b = run('Prime Minister Abiy Ahmed clashed with opposition leaders in parliament on Tuesday.');
    expect(b.of('attack')).toEqual([]);
    // a group's fighters still clash
    const c = run('Hezbollah fighters clashed with Israeli troops near Kfar Kila on Monday.');
    expect(c.of('attack').map(c.roles)).toEqual([['agent:Hezbollah']]);
  });
});

describe('events: "The shells struck X" after an attack told with its doers is that attack told again (events10)', () => {
  it('what the retold act hit joins the attack told before; no attack of its own with nobody', () => {
    const a = run(
      'Houthi rebels shelled government positions south of Hodeidah on Sunday, killing three soldiers. The shells struck positions of the Giants Brigades near Khokha.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Houthi', 'patient:Giants Brigades']]);
    const b = run(
      'Al Shabaab fighters fired rockets at a base near Baidoa on Monday. The rockets struck a depot of the Somali National Army inside the compound.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Al Shabaab', 'patient:Somali National Army']]);
  });
});

describe('events: "the district headquarters of X" is in X (events10)', () => {
  it('a town after "headquarters of" is where, over the province after it', () => {
    const a = run(
      'Insurgents stormed the district headquarters of Macomia in Cabo Delgado province on Monday.',
    );
    expect(a.of('attack').map((v) => a.name(v.place))).toEqual(['Macomia']);
    const b = run(
      'Al Shabaab fighters attacked the regional headquarters of Bardhere in Gedo region on Sunday.',
    );
    expect(b.of('attack').map((v) => b.name(v.place))).toEqual(['Bardhere']);
  });
});

describe('events: "attacked Kenyan troops", a state\'s forces the attack befell (events10)', () => {
  it('the state body the article names for that state is the patient', () => {
    const a = run('Gunmen ambushed a Pakistani army convoy in Kurram on Monday, the Pakistan Army said.');
    expect(a.of('attack').map(a.roles)).toEqual([['patient:Pakistan Army']]);
    const b = run(
      'Al Shabaab fighters attacked Kenyan troops near Mandera on Sunday. The Kenya Defence Forces said two soldiers died.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Al Shabaab', 'patient:Kenya Defence Forces']]);
  });
});
