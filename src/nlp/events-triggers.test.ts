import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events5: attack words of wire copy (strikes, raids, overrunning, firing at) and who did what
// to whom when the act is a noun ("came under attack from X", "a strike hit X").
const run = (text: string, published = '2021-06-14') => runEvents(text, published);

describe('events5: attack words', () => {
  it('a drone strike or an air strike that hit something is an attack on whose it was', () => {
    const a = run('A drone strike hit an al-Shabaab base near Jilib on Saturday.');
    expect(a.of('attack').map(a.roles)).toEqual([['patient:al-Shabaab']]);
    const b = run('An air strike struck a Houthi depot outside Hodeidah on Sunday, residents said.');
    expect(b.of('attack').map(b.roles)).toEqual([['patient:Houthi']]);
  });

  it('"overran" is an attack by its subject', () => {
    const a = run('ISWAP fighters overran an army base in Malam Fatori on Friday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:ISWAP']]);
    const b = run('Al-Shabaab militants overran a police station near Garissa on Monday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Al-Shabaab']]);
  });

  it('shots or rockets "fired at" a place are an attack there', () => {
    const a = run('Rockets were fired at a military airport near Erbil on Sunday.');
    expect(a.of('attack')).toHaveLength(1);
    expect(a.name(a.of('attack')[0].place)).toBe('Erbil');
    const b = run('Mortar rounds were fired on a market in Mogadishu on Tuesday.');
    expect(b.of('attack')).toHaveLength(1);
  });

  it('a raid on a group is an attack on it', () => {
    const a = run('Iraqi troops launched a raid on an Islamic State hideout in Kirkuk on Monday.');
    expect(a.of('attack').map(a.roles)).toEqual([['patient:Islamic State']]);
    const b = run('Gunmen raided a village in Zamfara on Thursday, killing 12 people.');
    expect(b.of('attack')).toHaveLength(1);
  });

  it('a raid in which people are arrested is how the arrest was made, not an attack', () => {
    const a = run('Police arrested four men in raids in Karachi on Monday.');
    expect(a.of('attack')).toHaveLength(0);
    expect(a.of('arrest')).toHaveLength(1);
    const b = run('Kenyan police raided a house in Mombasa and arrested two suspects on Friday.');
    expect(b.of('attack')).toHaveLength(0);
    // the raid names the arrest's place
    expect(b.name(b.of('arrest')[0].place)).toBe('Mombasa');
  });

  it('a strike or raid that killed a named person is told as the killing', () => {
    const a = run('A raid in Idlib killed Abu Hamza al-Masri on Monday.');
    expect(a.of('attack')).toHaveLength(0);
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Abu Hamza al-Masri']]);
    const b = run('A drone strike on a car near Sirte killed Abdul Karim Bashir on Friday.');
    expect(b.of('attack')).toHaveLength(0);
    expect(b.of('killing').map(b.roles)).toEqual([['patient:Abdul Karim Bashir']]);
  });
});

describe('events5: roles of an attack told as a noun', () => {
  it('"came under attack from X": X is the agent, the subject the patient', () => {
    const a = run('The Nigerian Army came under attack from Boko Haram near Bama on Tuesday.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Boko Haram', 'patient:Nigerian Army']]);
    const b = run('The Afghan National Army came under attack from the Taliban in Kunduz on Sunday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Taliban', 'patient:Afghan National Army']]);
  });

  it('"came under fire from X": X is the agent', () => {
    const a = run(
      'A convoy of the Kenya Defence Forces came under fire from al-Shabaab near Mandera on Monday.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:al-Shabaab', 'patient:Kenya Defence Forces']]);
    const b = run('The Malian Armed Forces came under fire from JNIM near Boni on Friday.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:JNIM', 'patient:Malian Armed Forces']]);
  });
});

describe('events5: statements posted online', () => {
  it('"said in a post on Telegram" is a statement by the one who said it', () => {
    const a = run('Al-Shabaab said in a post on Telegram that its fighters had killed five soldiers.');
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Al-Shabaab']]);
    const b = run('In a Telegram post on Sunday, the Islamic State said it had carried out the bombing.');
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Islamic State']]);
  });

  it('"wrote on Telegram on Monday that", "said on X that" are statements by who said or wrote it', () => {
    const a = run('Zabihullah Mujahid wrote on Telegram on Monday that the report was false.');
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Zabihullah Mujahid']]);
    expect(a.of('statement')[0].date?.value).toBe('2021-06-14');
    const b = run('Ahmad Massoud, a commander of the resistance, said on X that the valley had not fallen.');
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Ahmad Massoud']]);
  });
});

describe('events5: raids told over a span of time', () => {
  it('"raided …, killing hundreds since 2019" sums up many acts, no one incident', () => {
    for (const text of [
      'Bandits raided farms across Katsina, killing dozens of villagers since January.',
      'The militia raided camps in Ituri, killing more than 200 people over the past two years.',
    ])
      expect(
        run(text).x.events.filter((e) => e.type === 'attack' || e.type === 'killing'),
        text,
      ).toEqual([]);
  });
});

describe('events5: surrender told in other words', () => {
  it('"laid down his arms" is a defection from his group', () => {
    const a = run('Ahmed Yusuf, a Boko Haram commander, laid down his arms in Bama on Monday.');
    expect(a.of('defection').map(a.roles)).toEqual([['agent:Ahmed Yusuf', 'recipient:Boko Haram']]);
    const b = run('Omar Sheikh, an al-Shabaab commander, laid down his weapons in Kismayo on Sunday.');
    expect(b.of('defection').map(b.roles)).toEqual([['agent:Omar Sheikh', 'recipient:al-Shabaab']]);
  });

  it('"turned himself in" is a defection from his group; turning others in is not', () => {
    const a = run('Musa Kamara, an ADF commander, turned himself in at an army post in Beni on Sunday.');
    expect(a.of('defection').map(a.roles)).toEqual([['agent:Musa Kamara', 'recipient:ADF']]);
    const b = run(
      'Ahmed Yusuf, a senior al-Shabaab commander, turned himself in to Somali forces in Baidoa on Monday.',
    );
    expect(b.of('defection').map(b.roles)).toEqual([['agent:Ahmed Yusuf', 'recipient:al-Shabaab']]);
    expect(run('Police turned the suspects in to the army on Monday.').of('defection')).toEqual([]);
  });
});

describe('events5: the group that claims an act in the next sentence did it', () => {
  it('"X claimed responsibility." / "X claimed it" after an act with no doer named', () => {
    const a = run('Gunmen attacked a bus near Mandera on Monday. Al-Shabaab claimed responsibility.');
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Al-Shabaab']]);
    const b = run(
      'A bomb exploded at a market in Kabul on Monday, killing six people. The Islamic State claimed it on Telegram.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Islamic State']]);
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Islamic State']]);
  });

  it('"claimed it was …" is no claim of an act', () => {
    const a = run('Gunmen attacked a bus near Mandera on Monday. Ahmed Abdi claimed it was a robbery.');
    expect(a.of('attack').map(a.roles)).toEqual([[]]);
  });
});

describe('events5: "was among those killed"', () => {
  it('the one named before "was among those killed" is the patient of the killing', () => {
    const a = run(
      'District commissioner Abdi Farah was among those killed when the attacker detonated his vest outside the mosque in Beledweyne.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['patient:Abdi Farah']]);
    const b = run(
      'Police officer John Otieno was among the people killed in the blast in Garissa on Monday.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['patient:John Otieno']]);
  });
});

describe('events5: an apposition with a relative clause is set aside', () => {
  it('", a group that has pledged allegiance to Y," does not make Y the doer', () => {
    const a = run(
      'Fighters from the ADF, a Ugandan-led group that has pledged allegiance to the Islamic State, killed 20 villagers near Beni on Sunday.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:ADF']]);
    const b = run(
      'Militants of Ansar al-Sunna, an armed group that is loyal to the Islamic State, attacked Mocimboa da Praia on Friday.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Ansar al-Sunna']]);
  });
});

describe('events5: acts named as a purpose', () => {
  it('"for attacks on X", "for bombings in X": many acts in general, no one event', () => {
    for (const text of [
      'Islamabad has asked Kabul to stop armed men who cross the border for attacks on Pakistan.',
      'The Pakistani Taliban trained fighters in Kunar for bombings in Peshawar, officials said.',
    ])
      expect(run(text).of('attack'), text).toEqual([]);
  });
});
