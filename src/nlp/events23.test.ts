import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';
import { killedInOperation } from './event-operation.js';
import { actNounOfTime } from './event-time-phrase.js';

const run = runEvents;
const speakers = (r: ReturnType<typeof run>) => r.of('statement').map(r.roles);

describe('events23: "the X-linked group" claims or speaks for the group told before, not X', () => {
  it('a claim in a statement by "the al-Qaida-linked group" is the attackers’ statement', () => {
    const a = run(
      'Al-Shabaab militants overran a military camp outside Jowhar on Wednesday. The al-Qaida-linked group claimed responsibility through a statement.',
    );
    expect(speakers(a)).toEqual([['speaker:Al-Shabaab']]);
    const b = run(
      'JNIM fighters ambushed a supply column near Dori on Thursday, killing nine soldiers. The al-Qaeda-affiliated group later claimed the ambush in a post on its Telegram channel.',
    );
    expect(speakers(b).flat()).toContain('speaker:JNIM');
    expect(speakers(b).flat()).not.toContain('speaker:al-Qaeda');
  });

  it('"the Iran-backed group said in a statement" speaks for the group named before it', () => {
    const a = run(
      'Houthi rebels launched drones at a container ship off Mokha on Thursday. The Iran-backed group said in a televised statement that the ship had been struck.',
    );
    expect(speakers(a)).toEqual([['speaker:Houthi']]);
    expect(speakers(a).flat()).not.toContain('speaker:Iran');
  });
});

describe('events23: a volley of weapons fired at a target is an attack', () => {
  it('"fired three ballistic missiles at a bulk carrier", counted and described', () => {
    const a = run(
      'The Houthis said on Tuesday they had fired three ballistic missiles at a bulk carrier in the Gulf of Aden.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Houthis']]);
    const b = run('Hezbollah launched a barrage of rockets towards Kiryat Shmona on Monday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Hezbollah']]);
    const c = run('Hamas fighters fired dozens of mortar shells into Sderot on Tuesday.');
    expect(c.of('attack').map(c.roles)).toEqual([['agent:Hamas']]);
  });

  it('no weapon noun, no attack: "fired its coach", "launched a campaign on Monday"', () => {
    expect(run('Al Ahly fired its coach Marcel Koller on Monday.').of('attack')).toEqual([]);
    expect(run('The Taliban launched a recruitment drive on Monday in Kandahar.').of('attack')).toEqual([]);
  });
});

describe('events23: an act noun in a phrase of time before the sentence’s own act', () => {
  it('"Hours after the attack, F struck X" is F’s strike, with its own target', () => {
    const a = run(
      "Hours after Wednesday's raid, U.S. forces bombed Houthi sites near the town of Zabid, the Central Command (CENTCOM) said. It gave no toll.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Central Command', 'patient:Houthi']]);
    const b = run(
      'Following the bombing, Pakistani troops stormed a TTP compound in Lakki Marwat on Thursday, the Inter-Services Public Relations (ISPR) said. No soldier was hurt.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Inter-Services Public Relations', 'patient:TTP']]);
    expect(b.name(b.of('attack')[0].place)).toBe('Lakki Marwat');
  });

  it('actNounOfTime needs the phrase to close with a comma before a later word of the type', () => {
    const s = 'Days before the raid, gunmen ambushed a convoy.';
    const raid = s.indexOf('raid');
    const ambushed = s.indexOf('ambushed');
    expect(actNounOfTime(s, raid, 4, [raid, ambushed])).toBe(true);
    // no later word of the type: the noun is the sentence's act
    expect(actNounOfTime(s, raid, 4, [raid])).toBe(false);
    // not a phrase of time
    const t = 'The raid on the camp, which gunmen ambushed later, failed.';
    expect(actNounOfTime(t, t.indexOf('raid'), 4, [t.indexOf('raid'), t.indexOf('ambushed')])).toBe(false);
  });
});

describe('events23: a killing in its own clause after "after/before/when" is no toll of the attack', () => {
  it('"The raid came three days after G fighters killed N villagers" is G’s killing', () => {
    const a = run(
      'Four soldiers died when ISWAP fighters attacked a barracks in Marte on Sunday. The raid came three days after Boko Haram fighters killed nine villagers near Gwoza.',
    );
    expect(a.of('killing').map(a.roles)).toContainEqual(['agent:Boko Haram']);
    const b = run(
      'The bombing happened a week after ISWAP militants murdered four aid workers near Monguno.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:ISWAP']]);
  });

  it('"stormed a hotel, killing 12" stays the attack’s toll', () => {
    const a = run('Al-Shabaab gunmen stormed a restaurant in Kismayo on Saturday, killing nine people.');
    expect(a.of('attack')).toHaveLength(1);
    expect(a.of('killing').every((k) => k.participants.every((p) => p.role === 'agent'))).toBe(true);
  });
});

describe('events23: a killing done in an operation is an attack by its doers', () => {
  it('"F killed N militants in an operation near X" is also F’s attack, at X', () => {
    const a = run(
      'Officials said on Wednesday that the Frontier Corps had shot dead three insurgents in an operation near Turbat on Tuesday night.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Frontier Corps']]);
    expect(a.name(a.of('attack')[0].place)).toBe('Turbat');
    const b = run(
      'The Rapid Action Battalion shot dead two robbers during a raid-and-search operation in Cox’s Bazar on Sunday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Rapid Action Battalion']]);
  });

  it('killedInOperation reads the killing verb, then the operation in the same clause', () => {
    expect(killedInOperation('Troops killed three gunmen in a joint operation in Kaduna.')).toBe('operation');
    expect(killedInOperation('Police neutralised two bandits during an operation on Friday.')).toBe(
      'operation',
    );
    // another clause: the operation is not how they were killed
    expect(killedInOperation('Gunmen killed a farmer, and the army later began an operation.')).toBe('');
    expect(killedInOperation('The operation to rescue the hostages is continuing.')).toBe('');
  });
});

describe('events23: a claim reaches back past a witness’s words in quotes', () => {
  it('"Gunmen shot dead N … "…," the official said. … G claimed responsibility." is G’s act', () => {
    const a =
      run(`Gunmen halted a coach near Mastung on Friday evening. The attack took place on a highway, officials said.

"They parked a lorry across both lanes," the official said. "Nobody could escape."

The Baloch Liberation Army claimed responsibility.`);
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Baloch Liberation Army']]);
    const b = run(`Armed men attacked a police station in Kumbo on Tuesday night, the governor said.

"We heard gunfire for an hour," a resident said. "Then the station was burning."

The Ambazonia Defence Forces claimed responsibility for it.`);
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Ambazonia Defence Forces']]);
  });
});

describe('events23: a nation’s troops are the force that reports what they did', () => {
  it('"N troops killed …, officials and the F said": F among the subjects joined by "and"', () => {
    const a = run(
      'Pakistani soldiers killed six insurgents in a raid outside Miranshah on Saturday, local officials and the Inter-Services Public Relations (ISPR) said. One soldier was hurt.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Inter-Services Public Relations']]);
    const b = run(
      'Israeli forces killed three gunmen in a raid near Tubas on Thursday, the Palestinian health ministry and the Israeli military said. The Israeli army said all three had been armed.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Israeli military']]);
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Israeli military']]);
  });

  it('a government body that reports is not the doer of a nation’s troops', () => {
    const a = run(
      'Pakistani troops killed five militants in a raid near Wana on Sunday, the provincial health department said. Two soldiers were hurt.',
    );
    expect(a.all().filter((r) => r.startsWith('agent:'))).toEqual([]);
  });
});

describe('events23: ", whose fighters attacked X" is the act of the name the clause follows', () => {
  it('the organisation before ", whose aircraft/fighters/gunmen" did the act', () => {
    const a = run(
      'The offensive is backed by the Kenya Defence Forces, whose jets bombed al-Shabaab camps near Kismayo on Monday.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Kenya Defence Forces', 'patient:al-Shabaab']]);
    const b = run(
      'The Sinaloa Cartel, whose gunmen killed two police officers in Culiacan last week, denied the charge.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Sinaloa Cartel']]);
    const c = run(
      'The push has support from the Multinational Joint Task Force (MNJTF), a regional force, whose aircraft bombed camps near Baga.',
    );
    expect(c.of('attack').map(c.roles)).toEqual([['agent:Multinational Joint Task Force']]);
  });

  it('a passive in the clause tells whom it befell: "the Red Cross, whose staff were killed"', () => {
    const a = run(
      'The Red Cross, whose staff were killed in an attack near Goma on Monday, suspended its work.',
    );
    expect(a.all().filter((r) => r.startsWith('agent:'))).toEqual([]);
  });
});

describe('events23: a named official’s or body’s dated word is a statement', () => {
  it('", the F (ABC) said on Sunday", "spokesman X said on Friday", "X, the army’s spokesman, said on Friday"', () => {
    const a = run(
      'Troops burned a militia base near Bambari, the Central African Armed Forces (FACA) said on Tuesday.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Central African Armed Forces']]);
    expect(a.of('statement')[0].date?.text).toBe('Tuesday');
    const b = run('Army spokesman Colonel Didier Mbaye said on Friday that the base had been cleared.');
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Didier Mbaye']]);
    const c = run('Kamal Adamu, the army’s spokesman, told reporters on Tuesday that the road was open.');
    expect(c.of('statement').map(c.roles)).toEqual([['speaker:Kamal Adamu']]);
  });

  it('no statement without a day beside the verb, a name, a title, or when a body tells its own act', () => {
    // undated: a plain "said" by a spokesman stays optional in the golds
    expect(
      run('Army spokesman Colonel Didier Mbaye said that the base had been cleared.').of('statement'),
    ).toEqual([]);
    // no name in the subject
    expect(
      run('Senior police officials said on Thursday that the gang had been weakened.').of('statement'),
    ).toEqual([]);
    // a person with no title or role
    expect(run('Musa Ali said on Monday that the market had reopened.').of('statement')).toEqual([]);
    // a news agency
    expect(run('Reuters said on Monday that it had seen the letter.').of('statement')).toEqual([]);
    // "F said on Monday it had arrested X": the arrest, no statement
    const d = run('The Peruvian army said on Monday it had captured Mario Quispe in Ayacucho.');
    expect(d.of('statement')).toEqual([]);
    expect(d.of('arrest')).toHaveLength(1);
  });
});
