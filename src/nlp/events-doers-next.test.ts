import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// events4: doers a lead leaves unnamed and the next sentence names as a group's people.
// Sentences of our own.
const run = runEvents;

describe('events: unnamed doers named as a group in the next sentence', () => {
  it('"an attack by jihadists …" then "Fighters of G …": G is the attack\'s agent', () => {
    const a = run(
      "Troops beat back an attack by jihadists on the town of Dori on Saturday, the army said.\n\nFighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) had arrived on motorbikes before dawn, a resident said.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([["agent:Jama'at Nusrat al-Islam wal-Muslimin"]]);
    const b = run(
      'Gunmen stormed a police station in Bosaso on Monday night, officials said.\n\nIslamic State Somalia Province militants had surrounded the compound an hour earlier, a witness said.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Islamic State Somalia Province']]);
    // a sentence set apart, or a force, names nobody's doers
    const c = run(
      'Gunmen stormed a police station in Bosaso on Monday night, officials said.\n\nSeparately, fighters of Islamic State Somalia Province were seen near Qandala, a witness said.',
    );
    expect(c.of('attack').flatMap(c.roles)).not.toContain('agent:Islamic State Somalia Province');
    const d = run(
      'Gunmen stormed a police station in Bosaso on Monday night, officials said.\n\nThe station had been guarded by fighters of the Puntland Security Force, a witness said.',
    );
    expect(d.of('attack').flatMap(d.roles)).not.toContain('agent:Puntland Security Force');
  });

  it('"a suicide bomber …" then "G said one of its fighters had …": G did it', () => {
    const a = run(
      'A suicide bomber blew himself up outside a courthouse in Jalalabad on Tuesday, killing five people, officials said.\n\nIslamic State Khorasan Province said on Telegram that one of its fighters had carried out the operation.',
    );
    expect(a.of('attack').flatMap(a.roles)).toContain('agent:Islamic State Khorasan Province');
    const b = run(
      'Insurgents ambushed an army convoy near Kunduz on Friday, a police spokesman said.\n\nThe Tehrik-i-Taliban Pakistan said in a statement that its fighters had laid mines on the road.',
    );
    expect(b.of('attack').flatMap(b.roles)).toContain('agent:Tehrik-i-Taliban Pakistan');
  });

  it('"repelled an attack by gunmen, killing dozens of the attackers": the attackers did no killing', () => {
    const a = run(
      'Soldiers repelled an attack by gunmen on a base near Diffa on Sunday, killing dozens of the assailants, the army said.\n\nFighters of Boko Haram had crossed the river at night, a resident said.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Boko Haram']]);
    expect(a.of('killing').flatMap(a.roles)).not.toContain('agent:Boko Haram');
    const b = run(
      'Police fought off an assault by militants on a checkpoint in Bannu on Friday, killing six of the attackers, officials said.\n\nFighters of Tehrik-i-Taliban Pakistan had opened fire from a nearby field, a police officer said.',
    );
    expect(b.of('killing').flatMap(b.roles)).not.toContain('agent:Tehrik-i-Taliban Pakistan');
  });

  it('"Security forces killed …" then "Commandos from F and G …": the forces named are the agents', () => {
    const a = run(
      'Security forces killed eight suspected rebels in a gunfight near Sukma on Sunday, police said.\n\nCommandos from the District Reserve Guard (DRG) and the Central Reserve Police Force (CRPF) had surrounded the camp at dawn, an officer said.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([
      ['agent:Central Reserve Police Force', 'agent:District Reserve Guard'],
    ]);
    // two sentences on
    const b = run(
      'Troops killed a rebel commander in a raid near Kupwara on Friday, the army said.\n\nThe clash began when the rebels fired on a patrol, an officer said.\n\nPersonnel of the Special Operations Group (SOG) and the Border Security Force (BSF) took part in the operation, he said.',
    );
    expect(b.of('killing').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['agent:Special Operations Group', 'agent:Border Security Force']),
    );
    // a sentence set apart names nobody's doers
    const c = run(
      'Troops killed a rebel commander in a raid near Kupwara on Friday, the army said.\n\nSeparately, personnel of the Border Security Force (BSF) seized a cache of rifles near Uri, officials said.',
    );
    expect(c.of('killing').flatMap(c.roles)).not.toContain('agent:Border Security Force');
  });

  it('"attributed the ambush to G", "blamed the bombing on G": G is the doer', () => {
    const a = run(
      "Officials attributed the ambush near Gao on Thursday to Jama'at Nusrat al-Islam wal-Muslimin.",
    );
    expect(a.of('attack').map(a.roles)).toEqual([["agent:Jama'at Nusrat al-Islam wal-Muslimin"]]);
    const b = run('The governor blamed the bombing of a bus in Quetta on the Balochistan Liberation Army.');
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Balochistan Liberation Army']]);
  });

  it('"Insurgents linked to G stormed …": the doers are the group the next sentence names, not G', () => {
    // (the parser reads "linked to G to storm": the noun the participle hangs on did it)
    const a = run(
      'Insurgents linked to the Islamic State stormed the town of Mocimboa on Monday, officials said.\n\nFighters of Islamic State Mozambique Province had arrived by boat, residents said.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Islamic State Mozambique Province']]);
    const b = run(
      "Jihadists linked to al-Qaeda stormed the town of Boni on Friday, officials said.\n\nFighters of Jama'at Nusrat al-Islam wal-Muslimin had come on motorbikes, residents said.",
    );
    expect(b.of('attack').map(b.roles)).toEqual([["agent:Jama'at Nusrat al-Islam wal-Muslimin"]]);
  });

  it('"The alliance, made up of A, B and C, launched an offensive": the alliance did it, not a member', () => {
    const a = run(
      "The Northern Alliance, made up of the Kachin Independence Army, the Arakan Army and the Ta'ang National Liberation Army, launched an offensive against the military in Shan State in November 2016.",
    );
    expect(a.of('attack').map(a.roles)[0]).toContain('agent:Northern Alliance');
    expect(a.all()).not.toContain('agent:Kachin Independence Army');
    const b = run(
      'The Islamic Resistance in Iraq, comprising Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid al-Shuhada, attacked a base near Erbil on Sunday.',
    );
    expect(b.of('attack').map(b.roles)[0]).toContain('agent:Islamic Resistance in Iraq');
    expect(b.all()).not.toContain('agent:Kataib Sayyid al-Shuhada');
  });

  it('"A drone strike killed X …" then "F said it had carried out the strike": F is the killer', () => {
    const a = run(
      'A drone strike on a car in Idlib killed a senior commander, Abu Yahya al-Shami, on Friday, officials said.\n\nUS Central Command said in a statement that it had carried out a strike against a senior leader of Hurras al-Din.',
    );
    expect(a.of('killing').flatMap(a.roles)).toContain('agent:US Central Command');
    // a sentence on the dead in between
    const b = run(
      'An air strike on a house near Jilib killed a senior commander, Ali Dheere, on Sunday, residents said.\n\nHis driver was also killed.\n\nUnited States Africa Command said it had conducted the strike in coordination with the Somali government.',
    );
    expect(b.of('killing').flatMap(b.roles)).toContain('agent:United States Africa Command');
  });
});

describe('events: a lead act told with no doer, and the group the next sentence names', () => {
  it('"… was ambushed near X" then "Fighters of G had …": G is the agent', () => {
    const a = run(
      "Nine soldiers were killed when their convoy was ambushed near Kidal on Monday, officials said.\n\nFighters of Jama'at Nusrat al-Islam wal-Muslimin had planted mines along the road, a local official said.",
    );
    expect(a.of('attack').flatMap(a.roles)).toContain("agent:Jama'at Nusrat al-Islam wal-Muslimin");
    const b = run(
      'A police post was attacked near Tank on Sunday night, officials said.\n\nMilitants of the Tehrik-i-Taliban Pakistan had fired rockets from a nearby hill, a police officer said.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Tehrik-i-Taliban Pakistan']]);
  });

  it('"the Al-Qaeda-linked group G said its fighters had …": G, not the group that qualifies it', () => {
    const a = run(
      'Suspected jihadists ambushed a convoy near Dori on Sunday, security sources said.\n\nThe Al-Qaeda-linked Group for the Support of Islam and Muslims said on Monday that its fighters had seized weapons.',
    );
    expect(a.all()).toContain('agent:Group for the Support of Islam and Muslims');
    expect(a.all()).not.toContain('agent:Al-Qaeda');
    const b = run(
      'Gunmen stormed a hotel in Beledweyne on Friday, officials said.\n\nThe al-Qaeda-aligned Al-Shabaab said in a radio broadcast that its fighters had taken hostages.',
    );
    expect(b.of('attack').flatMap(b.roles)).toContain('agent:Al-Shabaab');
    expect(b.all()).not.toContain('agent:al-Qaeda');
  });
});

describe('events: "Among them was X" after an arrest or a killing of people counted', () => {
  it('the people the next sentence names "among them" are the patients', () => {
    const a = run(
      'The army said on Monday its forces had detained nine suspected members of an Islamic State cell near Hajin.\n\nAmong them was a local commander, Abu Hafs al-Ansari, the army said.',
    );
    expect(a.of('arrest').flatMap(a.roles)).toContain('patient:Abu Hafs al-Ansari');
    const b = run(
      'Gunmen shot dead four workers at a brick kiln near Turbat on Sunday, police said.\n\nAmong them were Rahim Bakhsh and Gul Muhammad, relatives said.',
    );
    expect(b.of('killing').flatMap(b.roles)).toEqual(
      expect.arrayContaining(['patient:Rahim Bakhsh', 'patient:Gul Muhammad']),
    );
  });

  it('"The man, identified as X, …" names the one the act befell', () => {
    const a = run(
      "Police detained a senior Islamic State commander in a raid on a farmhouse outside Mosul on Friday.\n\nThe man, identified as Abu Hamza al-Iraqi, had managed the group's money, police said.",
    );
    expect(a.of('arrest').flatMap(a.roles)).toContain('patient:Abu Hamza al-Iraqi');
    const b = run(
      'Gunmen shot dead a village headman near Rueso on Sunday night.\n\nThe man, identified as Somsak Chanthong, had received threats, police said.',
    );
    expect(b.of('killing').flatMap(b.roles)).toContain('patient:Somsak Chanthong');
  });
});

describe('events: "the two sides clashed" after two groups are named', () => {
  it('the two organisations named before "the two sides" / "both groups" are the sides', () => {
    const a = run(
      "The Arakan Army's hold on Paletwa is disputed by the Chin National Front, and the two sides clashed near the town in September.",
      '2025-10-10',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Arakan Army', 'agent:Chin National Front']]);
    const b = run(
      'Al-Shabaab has long been at odds with Ahlu Sunna Wal Jamaa in Galgaduud, and both groups clashed again near Elbur on Sunday.',
      '2025-10-10',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Ahlu Sunna Wal Jamaa', 'agent:Al-Shabaab']]);
  });
});
