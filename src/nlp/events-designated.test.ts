import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;
const designations = (a: ReturnType<typeof run>) =>
  a.of('designation').map((v) => [...a.roles(v), `date:${v.date?.value ?? null}`]);

describe('events: who designated whom, in a relative clause or a passive (events22)', () => {
  it('"G, a militia that Canada banned": G was banned, the clause subject banned it', () => {
    const a = run(
      'The police said the Hurras al-Din, a jihadist group that Canada banned in 2019, had opened an office in Idlib.',
    );
    expect(designations(a)).toEqual([['agent:Canada', 'patient:Hurras al-Din', 'date:2019']]);
    const b = run(
      'The court heard that Ahmed Karimov, a Uzbek preacher whom the United States designated a global terrorist in 2020, had visited the city twice.',
    );
    expect(designations(b)).toEqual([['agent:United States', 'patient:Ahmed Karimov', 'date:2020']]);
    // the name the clause follows is never who banned
    const c = run(
      'The Ansar Dine, which Algeria designated a terrorist organisation in 2015, has also recruited fighters in Kidal.',
    );
    expect(designations(c)).toEqual([['agent:Algeria', 'patient:Ansar Dine', 'date:2015']]);
  });

  it('"G, founded by X, was banned by A in 2001 and by B in 2003": G is banned, twice', () => {
    const a = run(
      'The Harkat-ul-Ansar, founded by Fazlur Rehman Khalil in 1985, was banned by Britain in 2001 and by Canada in 2003.',
    );
    expect(designations(a)).toEqual([
      ['agent:Britain', 'patient:Harkat-ul-Ansar', 'date:2001'],
      ['agent:Canada', 'patient:Harkat-ul-Ansar', 'date:2003'],
    ]);
    const b = run(
      'Hizb ut-Tahrir, led for decades by Ata Abu Rashta, was proscribed by Germany in 2003 and by Russia in 2006, officials said.',
    );
    expect(designations(b)).toEqual([
      ['agent:Germany', 'patient:Hizb ut-Tahrir', 'date:2003'],
      ['agent:Russia', 'patient:Hizb ut-Tahrir', 'date:2006'],
    ]);
  });

  it('"G has been outlawed in A since 2001 and was designated … by B": A, then B, each on its own', () => {
    const a = run(
      'Lashkar-e-Taiba has been outlawed in India since 2001 and was designated a terrorist group by the European Union in 2005.',
    );
    expect(designations(a)).toEqual([
      ['agent:India', 'patient:Lashkar-e-Taiba', 'date:2001'],
      ['agent:European Union', 'patient:Lashkar-e-Taiba', 'date:2005'],
    ]);
    const b = run(
      'The Muslim Brotherhood has been banned in Egypt since 2013 and was designated a terrorist organisation by Bahrain in 2014.',
    );
    expect(designations(b)).toEqual([
      ['agent:Egypt', 'patient:Muslim Brotherhood', 'date:2013'],
      ['agent:Bahrain', 'patient:Muslim Brotherhood', 'date:2014'],
    ]);
  });
  it('"… and B designated it": the pronoun object is whom the designation before banned', () => {
    const a = run(
      'Canada banned the Proud Boys as a terrorist entity in February 2021, and New Zealand designated it and two of its leaders in June 2022.',
    );
    expect(designations(a)).toEqual([
      ['agent:Canada', 'patient:Proud Boys', 'date:2021-02'],
      ['agent:New Zealand', 'patient:Proud Boys', 'date:2022-06'],
    ]);
    const b = run(
      'The European Union banned the Wagner Group from its territory in 2023. Britain proscribed it as a terrorist organisation later that year.',
    );
    expect(designations(b).map((r) => r.slice(0, 2))).toEqual([
      ['agent:European Union', 'patient:Wagner Group'],
      ['agent:Britain', 'patient:Wagner Group'],
    ]);
  });

  it('"X has long … It banned G": the pronoun subject is the state the sentence before opens with', () => {
    const a = run(
      'Uzbekistan has long treated religious groups with suspicion. It banned Hizb ut-Tahrir as an extremist organisation in 1999, and hundreds of its members are in prison.',
    );
    expect(designations(a)).toEqual([['agent:Uzbekistan', 'patient:Hizb ut-Tahrir', 'date:1999']]);
    const b = run(
      'The Interior Ministry of Bahrain said the group posed a threat to the kingdom. It has also designated the Saraya al-Ashtar as a terrorist organisation.',
    );
    expect(designations(b).map((r) => r.slice(0, 2))).toEqual([
      ['agent:Interior Ministry', 'patient:Saraya al-Ashtar'],
    ]);
  });
  it('"designated G and its armed wing, the H, as …": H is designated too', () => {
    const a = run(
      'The United States designated Hamas and its armed wing, the Qassam Brigades, as terrorist organisations in 1997.',
    );
    expect(designations(a)).toEqual([
      ['agent:United States', 'patient:Hamas', 'patient:Qassam Brigades', 'date:1997'],
    ]);
    const b = run('Britain proscribed Hezbollah and its military wing, the Islamic Resistance, in 2019.');
    expect(designations(b)).toEqual([
      ['agent:Britain', 'patient:Hezbollah', 'patient:Islamic Resistance', 'date:2019'],
    ]);
  });
  it('"sanctioned A, B and C", "designated both G and H as …": every name of the list', () => {
    const a = run(
      'The Treasury Department on Tuesday sanctioned Ahmed Fathi, Karim Jaber and Samir Haddad, three financiers of Hezbollah.',
    );
    expect(designations(a).map((r) => r.slice(0, 4))).toEqual([
      ['agent:Treasury Department', 'patient:Ahmed Fathi', 'patient:Karim Jaber', 'patient:Samir Haddad'],
    ]);
    const b = run(
      'The United States designated both the Sinaloa Cartel and Tren de Aragua as foreign terrorist organizations in February 2025.',
    );
    expect(designations(b)).toEqual([
      ['agent:United States', 'patient:Sinaloa Cartel', 'patient:Tren de Aragua', 'date:2025-02'],
    ]);
  });
  it('"G, a network proscribed in Britain as well": G, by the state; an unnamed noun bans nobody named', () => {
    const a = run(
      'Jurors heard that Karl Winter had sworn loyalty to Atomwaffen Division, an American network that is proscribed in Britain too.',
    );
    expect(designations(a).map((r) => r.slice(0, 2))).toEqual([
      ['agent:Britain', 'patient:Atomwaffen Division'],
    ]);
    const b = run(
      'Prosecutors said Dawson had sent money to a contact in Ohio who ran a militia that is also banned in Canada.',
    );
    expect(b.all().filter((r) => r === 'patient:Dawson')).toEqual([]);
    const c = run(
      'Jurors heard that Karl Winter had sent a video to a contact in Texas, a man who ran a network that is proscribed in Britain too.',
    );
    expect(c.all().filter((r) => r === 'patient:Karl Winter')).toEqual([]);
  });
});
