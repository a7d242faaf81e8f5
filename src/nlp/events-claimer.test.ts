import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: "the group claimed" after an act whose doers are only described', () => {
  it('"G fighters killed … The jihadists opened fire … The group claimed": G, not the group attacked', () => {
    const a = run(
      'Islamic State fighters shot dead five guards of the Syrian Democratic Forces (SDF) outside Raqqa on Sunday, a monitor said.\n\nThe jihadists opened fire on a second post in the village of Karama before dawn, residents said. The group claimed responsibility in an online video.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:Islamic State']]);
    // (events36: the guards shot dead are the first post's attack, by the same group)
    expect(a.of('attack').map(a.roles)).toEqual([
      ['agent:Islamic State'],
      ['agent:Islamic State', 'patient:Syrian Democratic Forces'],
    ]);
    const b = run(
      'MOGADISHU - Fighters of al-Shabaab killed six members of the Ahlu Sunna Wal Jamaa (ASWJ) militia near Guriel on Sunday, residents said.\n\nThe militants stormed the camp in the village of Mataban at dawn, an elder said. The group later claimed responsibility on its radio station.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:al-Shabaab']]);
    expect(b.of('attack').map(b.roles)).toEqual([
      ['agent:al-Shabaab'],
      ['agent:al-Shabaab', 'patient:Ahlu Sunna Wal Jamaa'],
    ]);
  });
});

describe('events: a claim whose subject names nobody is not by the group its act was against', () => {
  it('"…, a G spokesman said, a week after the rebels claimed an attack on a G post": the rebels\' claim', () => {
    const a = run(
      'KABUL - Taliban fighters shot dead two fighters of the National Resistance Front (NRF) near a village in Kunar province, a Taliban spokesman said on Thursday, a week after the resistance group claimed an attack on a Taliban checkpoint in Panjshir.',
    );
    expect(a.of('statement').map(a.roles)).toEqual([['speaker:National Resistance Front']]);
    expect(a.of('attack').map(a.roles)).toEqual([['agent:National Resistance Front', 'patient:Taliban']]);
    const b = run(
      'Al-Shabaab gunmen shot dead three soldiers of the Somali National Army near Afgoye, police in Mogadishu said on Monday, hours after the militant group claimed a mortar attack on a Somali National Army base outside the capital.',
    );
    expect(b.of('statement').map(b.roles)).toEqual([['speaker:Al-Shabaab']]);
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Al-Shabaab', 'patient:Somali National Army']]);
  });
});
