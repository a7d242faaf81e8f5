import { describe, expect, it } from 'vitest';
import type { Extraction } from '../types.js';
import { extract } from './pipeline.js';

const run = (text: string) => extract({ title: null, published: '2020-05-10', url: null, text });
const nameOf = (x: Extraction, id: string | null) => x.entities.find((e) => e.id === id)?.name ?? null;
/** [quote text, speaker entity name or null, speakerText] */
const quotes = (text: string) => {
  const x = run(text);
  return x.quotes.map((q) => ({
    text: q.text,
    speaker: nameOf(x, q.speaker),
    speakerText: q.speakerText,
    q,
  }));
};

describe('quotes: speaker beside the quote', () => {
  it('“…,” said X', () => {
    const [q] = quotes('“We will not surrender our weapons,” said Hakimullah Mehsud.');
    expect(q.text).toMatch(/^We will not surrender our weapons/);
    expect(q.speaker).toBe('Hakimullah Mehsud');
  });

  it('“…,” says X, a …', () => {
    const [q] = quotes(
      '“The operation will continue until the end,” says Zabihullah Mujahid, a spokesman for the Taliban.',
    );
    expect(q.speaker).toBe('Zabihullah Mujahid');
  });

  it('X said: “…”', () => {
    const [q] = quotes('Ehsanullah Ehsan said: “We have killed the traitors in the valley.”');
    expect(q.text).toMatch(/^We have killed the traitors in the valley/);
    expect(q.speaker).toBe('Ehsanullah Ehsan');
  });

  it('according to X, “…”', () => {
    const [q] = quotes('According to Asad Umar, “the economy is now in very bad shape.”');
    expect(q.speaker).toBe('Asad Umar');
  });

  it('an unnamed source is a speakerText with no speaker', () => {
    const [q] = quotes('“He hoped to travel to Iraq and fight there,” a police official said.');
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toBe('a police official');
  });

  it('offsets point at the quoted words', () => {
    const text = 'Ehsanullah Ehsan said: “We have killed the traitors in the valley.”';
    const x = run(text);
    for (const q of x.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('quotes: pronouns and continuation', () => {
  it('“…,” he said → the person just named', () => {
    const [q] = quotes('Ibad Khan was arrested in Sialkot. “I am innocent of all these charges,” he said.');
    expect(q.speaker).toBe('Ibad Khan');
  });

  it('“…,” he said after "X\'s father, Y, denied" → Y', () => {
    const qs = quotes(
      'Ibad Khan was detained in March. Khan’s father, Ghulam Nabi, denied the charge. “My son is innocent and has never been to Syria,” he said.',
    );
    expect(qs.at(-1)?.speaker).toBe('Ghulam Nabi');
  });

  it('keeps a quote of several sentences as one quote', () => {
    const qs = quotes(
      '“We warned them many times. They did not listen to us at all,” said Maulana Fazlur Rehman.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toMatch(/^We warned them many times\. They did not listen to us at all/);
    expect(qs[0].speaker).toBe('Maulana Fazlur Rehman');
  });

  it('continues a quote across paragraphs that reopen it, and gives a later “he added” the same speaker', () => {
    const qs = quotes(
      [
        'Maulana Abdul Aziz spoke after Friday prayers at the mosque.',
        '“We have warned the government many times about this matter.',
        '“Nobody listened to us, and now the students are angry,” he said.',
        '“Now they must face the consequences of their actions,” he added.',
      ].join('\n'),
    );
    expect(qs).toHaveLength(2);
    expect(qs[0].text).toMatch(/^We have warned the government.*students are angry/s);
    expect(qs.map((q) => q.speaker)).toEqual(['Maulana Abdul Aziz', 'Maulana Abdul Aziz']);
  });

  it('reads single curly quotes of four words or more as speech', () => {
    const [q] = quotes(
      'Tariq Jamil told the court, ‘I never met those men in my life.’ The judge adjourned.',
    );
    expect(q.text).toMatch(/^I never met those men in my life/);
    expect(q.speaker).toBe('Tariq Jamil');
  });

  it('ignores scare quotes of one or two words', () => {
    expect(quotes('The so-called “caliphate” was mocked by the “foreign experts” in Kabul.')).toEqual([]);
  });
});

describe('quotes: pull quotes', () => {
  it('links a pull quote to the body quote it repeats and gives it that speaker', () => {
    const x = run(
      [
        '“Nobody listened to us, and now the students are angry,” said Maulana Abdul Aziz.',
        '[quote]Nobody listened to us, and now the students are angry[/quote]',
        'The police declined to comment.',
      ].join('\n'),
    );
    expect(x.quotes).toHaveLength(2);
    const [body, pull] = x.quotes;
    expect(body.pullQuote).toBeFalsy();
    expect(pull.pullQuote).toBe(true);
    expect(pull.repeats).toBe(body.id);
    expect(pull.text).toBe('Nobody listened to us, and now the students are angry');
    expect(pull.speaker).toBe(body.speaker);
    expect(nameOf(x, body.speaker)).toBe('Maulana Abdul Aziz');
  });
});

describe('quotes: audiences, places and role back-references', () => {
  it('after "told" comes the audience, not the speaker', () => {
    const [q] = quotes(
      'Col. Imtiaz Marwat briefed reporters. “We recovered explosives from the compound,” he told a news conference on Sunday.',
    );
    expect(q.speaker).toBe('Imtiaz Marwat');
  });

  it('a place phrase after the verb is not the speaker', () => {
    const [q] = quotes(
      'Abdul Wali waited for hours. “They took my son without a warrant,” Abdul Wali said outside the CTD office.',
    );
    expect(q.speaker).toBe('Abdul Wali');
  });

  it('"the spokesman said" refers back to the person introduced as spokesman', () => {
    const [q] = quotes(
      'Zabihullah Mujahid, the Taliban spokesman, spoke on Monday. “We have never hosted foreign fighters in Kunar,” the spokesman said.',
    );
    expect(q.speaker).toBe('Zabihullah Mujahid');
    expect(q.speakerText).toBe('the spokesman');
  });
});

describe('quotes: a bare surname after the quote', () => {
  it('"…," West added — the surname names the person introduced before', () => {
    const qs = quotes(
      '“The group remains dangerous,” Thomas West told a hearing in Washington. “We monitor their planning closely,” West added.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Thomas West', 'Thomas West']);
  });
});

describe('quotes: appositions between the speaker and the verb', () => {
  it('"…," X, a tribal elder from P, told … — X speaks', () => {
    const [q] = quotes(
      '“Eleven people were killed that night,” Malik Sardar Khan, a tribal elder from Wazhmir, told The Kohistan Observer.',
    );
    expect(q.speaker).toBe('Malik Sardar Khan');
  });

  it('"…," one of them, a former member of the shura, said — an unnamed source with its description', () => {
    const [q] = quotes(
      '“The shura chose another man in a hurry,” one of them, a former member of the group’s shura, said.',
    );
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toMatch(/former member/);
  });
});

describe('quotes: where the speech verb stands', () => {
  it('verb after the quote, subject first or inverted', () => {
    expect(quotes('“The bridge will reopen next spring,” Maria Gonzalez said on Tuesday.')[0].speaker).toBe(
      'Maria Gonzalez',
    );
    expect(quotes('“We have enough water for a week,” said Peter Okafor, the camp manager.')[0].speaker).toBe(
      'Peter Okafor',
    );
  });

  it('verb before the quote, with or without a colon or "that"', () => {
    expect(quotes('Helen Baxter said: “The factory will close in March.”')[0].speaker).toBe('Helen Baxter');
    expect(
      quotes('Rahim Baloch told the court that “no one ever showed me a warrant for the search.”')[0].speaker,
    ).toBe('Rahim Baloch');
  });

  it('verb inside the quote', () => {
    const qs = quotes('“The roads are closed,” Tom Ridley said, “and the trains are not running either.”');
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Ridley', 'Tom Ridley']);
    const rs = quotes('“We were not warned,” wrote Anita Desai, “and we were never told about the dam.”');
    expect(rs.map((q) => q.speaker)).toEqual(['Anita Desai', 'Anita Desai']);
  });

  it('a quote ending in "?" or "!" before the verb', () => {
    expect(quotes('“Who will pay for all of this damage?” Linda Moreau asked.')[0].speaker).toBe(
      'Linda Moreau',
    );
    expect(quotes('“Get out of the building right now!” yelled Carlos Mendes.')[0].speaker).toBe(
      'Carlos Mendes',
    );
  });

  it('speech verbs beyond "said": tweeted, warned, insisted, concluded', () => {
    expect(quotes('“The vote was rigged from the start,” Gary Holt tweeted.')[0].speaker).toBe('Gary Holt');
    expect(quotes('“Prices will rise again this winter,” warned Sofia Reyes.')[0].speaker).toBe(
      'Sofia Reyes',
    );
    expect(quotes('“We did nothing wrong at any point,” Ivan Petrov insisted.')[0].speaker).toBe(
      'Ivan Petrov',
    );
  });
});

describe('quotes: attribution frames', () => {
  it('"according to X"', () => {
    expect(
      quotes(
        'The plant will be sold, according to Laura Kim, who called it “a drain on the whole company.”',
      )[0].speaker,
    ).toBe('Laura Kim');
    expect(quotes('“The talks have collapsed,” according to Omar Haddad.')[0].speaker).toBe('Omar Haddad');
  });

  it('"X told Y": Y is the audience', () => {
    expect(quotes('Nadia Karimi told Ahmed Zafar: “You should leave the city tonight.”')[0].speaker).toBe(
      'Nadia Karimi',
    );
    expect(quotes('“We will rebuild the school,” Paul Mercer told Jane Fowler.')[0].speaker).toBe(
      'Paul Mercer',
    );
  });

  it('"X was quoted as saying"', () => {
    expect(
      quotes('Hassan Jaffer was quoted as saying that “the army has lost control of the border.”')[0].speaker,
    ).toBe('Hassan Jaffer');
    expect(
      quotes('Mark Ellison was quoted as saying, “Our members will not accept these terms.”')[0].speaker,
    ).toBe('Mark Ellison');
  });

  it('"in a statement, X said"', () => {
    expect(
      quotes('In a statement, Rachel Stone said: “The company regrets the delay to all its customers.”')[0]
        .speaker,
    ).toBe('Rachel Stone');
    expect(
      quotes('In a video message, Abu Bakar Siddiq said, “Our fight will go on for years.”')[0].speaker,
    ).toBe('Abu Bakar Siddiq');
  });
});

describe('quotes: appositions and brackets between name and verb', () => {
  it('party brackets: "Rep. Jane Doe (D-Ore.) said"', () => {
    expect(quotes('“This bill will not pass the House,” Rep. Jane Doe (D-Ore.) said.')[0].speaker).toBe(
      'Jane Doe',
    );
    expect(quotes('“We need the money now,” Sen. Robert Kessler (R-Tex.) said Monday.')[0].speaker).toBe(
      'Robert Kessler',
    );
  });

  it('ages and party tags between commas: "Ann Lee, 25, said"', () => {
    expect(quotes('“We lost everything in the flood,” Ann Lee, 25, said.')[0].speaker).toBe('Ann Lee');
    expect(quotes('“The deal is done and signed,” Gov. Michael Dunn, R-Ohio, said.')[0].speaker).toBe(
      'Michael Dunn',
    );
  });

  it('"X, a spokesman for Y, said"', () => {
    expect(
      quotes('“No talks are planned this week,” Yusuf Khan, a spokesman for the Pakistan Army, said.')[0]
        .speaker,
    ).toBe('Yusuf Khan');
    expect(
      quotes('Daniel Reeve, a lawyer for the family who lives in Leeds, said: “They were never informed.”')[0]
        .speaker,
    ).toBe('Daniel Reeve');
  });

  it('a title or job before a name belongs to the person', () => {
    expect(quotes('“The show will go on as planned,” said TV host Ann Lee.')[0].speaker).toBe('Ann Lee');
    expect(quotes('“Our figures were wrong last year,” Oxfam economist Peter Walsh said.')[0].speaker).toBe(
      'Peter Walsh',
    );
  });

  it('a name with a post-modifier: "X of the Y said"', () => {
    expect(
      quotes('“It was the least bad outcome for us,” Mr. Hale of the Red Cross said.')[0].speaker,
    ).toMatch(/Hale/);
    expect(
      quotes('“The river is still rising tonight,” said Dr. Ruth Imani of Nairobi Hospital.')[0].speaker,
    ).toBe('Ruth Imani');
  });
});

describe('quotes: partial quotes, standalone quotes and sign-offs', () => {
  it('a partial quote inside reported speech', () => {
    expect(
      quotes('Karen Holt said the new rules were “a disaster for small farmers” and should be withdrawn.')[0]
        .speaker,
    ).toBe('Karen Holt');
    expect(
      quotes('Ahmad Shah described the attack as “a cowardly act against unarmed students.”')[0].speaker,
    ).toBe('Ahmad Shah');
  });

  it('"…, saying “…”" belongs to the clause’s subject', () => {
    expect(
      quotes('Gordon Fisk attacked the plan on Monday, saying, “It will cost every family a fortune.”')[0]
        .speaker,
    ).toBe('Gordon Fisk');
    expect(
      quotes('Leila Haidari rejected the offer, saying it was “an insult to all of the victims.”')[0].speaker,
    ).toBe('Leila Haidari');
  });

  it('a quote standing in its own paragraph continues the last speaker', () => {
    const qs = quotes(
      [
        '“We will appeal the ruling,” Simon Okoye said.',
        '“The judge ignored half of the evidence we put forward.”',
      ].join('\n'),
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Simon Okoye', 'Simon Okoye']);
  });

  it('"X said:" ending a paragraph introduces the quote in the next', () => {
    const qs = quotes(
      [
        'Farah Nazari spoke to the crowd outside the court. She said:',
        '“We will not stop until they are freed.”',
      ].join('\n'),
    );
    expect(qs[0].speaker).toBe('Farah Nazari');
  });

  it('a dash sign-off names the speaker', () => {
    expect(quotes('“I never thought I would see this day in my life.” — Rosa Martinez')[0].speaker).toBe(
      'Rosa Martinez',
    );
    expect(quotes('“The vote is ours to lose, so get out and vote.” ― Kevin Ashby, 41')[0].speaker).toBe(
      'Kevin Ashby',
    );
  });

  it('a quote running over paragraphs stays one quote with one speaker', () => {
    const qs = quotes(
      [
        'Samuel Adeyemi said: “We asked for help three times and nobody came to us.',
        '“Now the rains are here and our houses are gone.”',
      ].join('\n'),
    );
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toMatch(/nobody came to us.*houses are gone/s);
    expect(qs[0].speaker).toBe('Samuel Adeyemi');
  });

  it('a quote closed with an opening mark at paragraph end is still found', () => {
    const qs = quotes(
      '“For the third year running, we have lost half of our crop to the drought.“ Jane Moss said.',
    );
    expect(qs).toHaveLength(1);
  });

  it('a quote holding a nested quote is found whole', () => {
    const qs = quotes('“He calls it “a reform” but it is a tax on the poor,” said Paula Grant.');
    expect(qs[0].text).toMatch(/^He calls it .a reform. but it is a tax on the poor/);
    expect(qs[0].speaker).toBe('Paula Grant');
  });
});

describe('quotes: pronouns, role nouns and unnamed sources', () => {
  it('"she" and "he" take the nearest person of that sex', () => {
    const qs = quotes(
      'Mary Collins met John Barker in Leeds. “We agreed on nothing at all,” she said. “The talks are over,” he said.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Mary Collins', 'John Barker']);
    const rs = quotes('Mr. Clarke spoke after Ms. Hughes. “I disagree with every word of it,” he said.');
    expect(rs[0].speaker).toMatch(/Clarke/);
  });

  it('"it" and "the group" take the organisation named before', () => {
    const qs = quotes(
      'Lashkar-e-Taiba denied the report on Sunday. “Our fighters were nowhere near the city,” the group said.',
    );
    expect(qs[0].speaker).toBe('Lashkar-e-Taiba');
    const rs = quotes(
      'The Interior Ministry issued a new order. “All gatherings of more than five people are banned,” it said.',
    );
    expect(rs[0].speaker).toBe('Interior Ministry');
  });

  it('an unnamed source keeps its description', () => {
    const [a] = quotes(
      '“He was taken from his home at night,” a family member of the cleric told reporters in Quetta.',
    );
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toBe('a family member of the cleric');
    const [b] = quotes('“The attackers came from across the border,” a senior security official said.');
    expect(b.speaker).toBeNull();
    expect(b.speakerText).toBe('a senior security official');
    const [c] = quotes('“The curfew will stay in place,” officials said.');
    expect(c.speaker).toBeNull();
    expect(c.speakerText).toBe('officials');
  });
});

describe('quotes: names as modifiers, countries, and names the mention finder half-read', () => {
  it('"footage of X saying “…”": the name right before the participle speaks', () => {
    expect(
      quotes('The new advert shows footage of Imran Qureshi saying, “We will never sell the port.”')[0]
        .speaker,
    ).toBe('Imran Qureshi');
    expect(
      quotes(
        'The film ends with a clip of Rosa Delgado asking, “Who will remember any of us in ten years?”',
      )[0].speaker,
    ).toBe('Rosa Delgado');
  });

  it('a name that modifies a common noun is not the speaker: "Kabul police said"', () => {
    const [a] = quotes('“Three suspects were arrested at the scene,” Peshawar police said on Friday.');
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toMatch(/police/);
    const [b] = quotes('“We expect a close race in the north,” a Labour campaign official said.');
    expect(b.speaker).toBeNull();
    expect(b.speakerText).toMatch(/official/);
  });

  it('a country speaks for its government: "Japan said …"', () => {
    expect(quotes('Japan said the test was “a grave threat to the whole region.”')[0].speaker).toBe('Japan');
    expect(quotes('“We will not accept any new sanctions,” Iran said in a statement.')[0].speaker).toBe(
      'Iran',
    );
  });

  it('a verb before the first name means that name is not the clause’s subject', () => {
    const [q] = quotes('The minister attacked Omar Farooq on Monday, saying, “He has never built anything.”');
    expect(q.speaker).not.toBe('Omar Farooq');
  });
});

describe('quotes: the parse picks the verb that governs the quote', () => {
  it('a noun that looks like a speech verb ("angry posts", "late-night tweets") is not the cue', () => {
    expect(
      quotes(
        'Amina Yusuf says the governor’s string of angry posts attacking the press was “beneath the dignity of the office.”',
      )[0].speaker,
    ).toBe('Amina Yusuf');
    expect(
      quotes(
        'Daniel Okafor says the mayor’s series of late-night tweets blaming the unions was “a disgrace to the whole city.”',
      )[0].speaker,
    ).toBe('Daniel Okafor');
  });
});

describe('quotes: unnamed sources, appositions and the subject of the speech verb', () => {
  it('"the official" keeps the full description the source was introduced with', () => {
    const [a] = quotes(
      'A police officer who spoke on condition of anonymity said the gunmen fled north. "They came at dawn and left before noon," the officer said.',
    );
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toBe('A police officer who spoke on condition of anonymity');
    const [b] = quotes(
      'A diplomatic source said the talks had stalled. "Nobody is willing to move first," the source added.',
    );
    expect(b.speakerText).toBe('A diplomatic source');
  });

  it('"said the researcher, X": the role noun and the name in apposition are the named person', () => {
    const [a] = quotes(
      'The village lies near the border. "We are afraid to sleep at night," said the farmer, Musa Keita.',
    );
    expect(a.speaker).toBe('Musa Keita');
    const [b] = quotes(
      'The clinic was shut for a week. "The shelves were empty," said the nurse, Grace Achieng.',
    );
    expect(b.speaker).toBe('Grace Achieng');
  });

  it('"he said" after an unnamed source introduced since the last name is that source', () => {
    const [a] = quotes(
      'Colonel Peter Otieno said the convoy had been ambushed. A border guard who saw the attack said the gunmen escaped. "They ran towards the river before we could fire," he said.',
    );
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toBe('A border guard who saw the attack');
    const [b] = quotes(
      'Mayor Ruth Waweru praised the police. A shopkeeper on the main street disagreed with her. "Nobody came for two hours after the shooting," she said.',
    );
    expect(b.speakerText).toBe('A shopkeeper on the main street');
    // a noun that names a person only with a lower-case modifier ("village elder")
    const [c] = quotes(
      'Commander Yusuf Abdi said the road was open again. A village elder from Marka said the fighters had left at dawn. "We buried four of them near the well," he said.',
    );
    expect(c.speaker).toBeNull();
    expect(c.speakerText).toBe('A village elder from Marka');
  });

  it('the subject of the verb speaks, not a group inside a preposition phrase or the person praised', () => {
    expect(
      quotes(
        'In a statement released through its Al-Furqan media wing, the Islamic State said the fighters were martyrs. "Our men will not retreat from the line," the group said.',
      )[0].speaker,
    ).toBe('Islamic State');
    expect(
      quotes(
        'Hamas mourned the commander, Yusuf Darwish, in a statement that called him "a lion of the resistance."',
      )[0].speaker,
    ).toBe('Hamas');
    expect(
      quotes(
        'Hezbollah buried the fighter, Ali Hamdan, on Friday in a statement that called him "a hero of the southern front."',
      )[0].speaker,
    ).toBe('Hezbollah');
    expect(
      quotes(
        'Jamaat Ansar al-Sunna also dismissed reports that it had met Pakistani officials, calling the reports "a fabrication spread by its enemies."',
      )[0].speaker,
    ).toBe('Jamaat Ansar al-Sunna');
  });

  it('"the dissident group", "the military" resolve to the nearest compatible organisation', () => {
    expect(
      quotes(
        'The New Dawn Brigade claimed the blast. "This is only the beginning," the dissident group said in a post.',
      )[0].speaker,
    ).toBe('New Dawn Brigade');
    expect(
      quotes(
        'The Sudanese Armed Forces (SAF) said the town was retaken. "The enemy fled in disarray," the military said.',
      )[0].speaker,
    ).toBe('Sudanese Armed Forces');
    expect(
      quotes(
        'Villagers said the Kenya Defence Forces shelled the hills. "We targeted only the militants\' camps," the military said.',
      )[0].speaker,
    ).toBe('Kenya Defence Forces');
  });
});

describe('quotes: "the source" takes the latest description it was introduced with (mentions3)', () => {
  it('reads a description after a comma and before its speech verb as an introduction', () => {
    for (const [text, want] of [
      [
        'Police detained three traders, suspected of smuggling diesel to the rebels, a customs source said. "They had two trucks," the source said.',
        'a customs source',
      ],
      [
        'The convoy was stopped near the river, a military source told reporters. "Nobody was hurt when the trucks were searched," the source said.',
        'a military source',
      ],
    ]) {
      const q = quotes(text)[0];
      expect(q.speaker, text).toBeNull();
      expect(q.speakerText, text).toBe(want);
    }
  });

  it('takes the latest of two introductions with one head noun', () => {
    for (const [text, want] of [
      [
        '"We deny it," a party official told the radio. A provincial official said the talks were over. "There will be no deal," the official said.',
        'A provincial official',
      ],
      [
        'A village elder said the road was mined. A health worker said two clinics had closed. "We have no medicine," the worker said.',
        'A health worker',
      ],
    ]) {
      expect(quotes(text).at(-1)?.speakerText, text).toBe(want);
    }
  });
});

describe('quotes: a description named after it, pronouns for unnamed subjects, audiences, outlets', () => {
  it('a name in apposition after a description, titles and all, is the speaker', () => {
    const [a] = quotes(
      '“We will hunt down every one of them,” said the army’s southern commander, Maj. Gen. Tariq Mehmood, at a briefing in Quetta.',
    );
    expect(a.speaker).toBe('Tariq Mehmood');
    const [b] = quotes(
      'The group’s deputy leader, Sheikh Abdullahi Nur, said in an audio message: “Our fighters will not leave the town.”',
    );
    expect(b.speaker).toMatch(/Abdullahi Nur$/);
  });

  it('"who gave his name only as X", "who gave only her first name, X" name the source', () => {
    const [a] = quotes(
      '“The shooting went on until morning and nobody slept,” said a shopkeeper in Turbat who gave his name only as Naseer.',
    );
    expect(a.speaker).toBe('Naseer');
    const [b] = quotes(
      '“They took my brother from the market,” said a teacher who gave only her first name, Shazia, for fear of reprisals.',
    );
    expect(b.speaker).toBe('Shazia');
    const [c] = quotes(
      '“We buried nine people on Friday,” said a farmer who identified himself as Ibrahim Musa, in a phone call.',
    );
    expect(c.speaker).toBe('Ibrahim Musa');
  });

  it('a description alone is kept as it is', () => {
    const [a] = quotes(
      '“We had no warning at all,” said a shopkeeper in Turbat, adding that the market was shut.',
    );
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toMatch(/shopkeeper/);
  });

  it('"he" / "she" after an unnamed subject of the sentence before is that person, not an earlier name', () => {
    const [q] = quotes(
      'Provincial spokesman Shahid Rind said the area had been sealed off. A senior Pakistani police officer, speaking on condition of anonymity, was more direct. “We had warnings for a week and did nothing with them,” he said.',
    );
    expect(q.speaker).toBeNull();
    expect(q.speakerText).toMatch(/police officer/);
    const [r] = quotes(
      'Defence lawyer Imran Qadir said his client would appeal. Outside the court, the accused man’s mother sat in silence. “My son has never held a gun in his life,” she said.',
    );
    expect(r.speaker).toBeNull();
    expect(r.speakerText).toMatch(/mother/);
  });

  it('a quote after "X told Reuters" goes on being X’s: the audience is no new speaker', () => {
    const qs = quotes(
      'The gunmen came from the river, according to a district administrator who asked not to be named. “They burned the clinic and the school,” the administrator told Reuters by telephone. “Nobody came to stop them until the next morning.”',
    );
    expect(qs).toHaveLength(2);
    expect(qs[1].speakerText).toMatch(/administrator/);
    const ps = quotes(
      '“The road to the border is closed,” Amina Yusuf told the BBC. “Families are sleeping in the open near the bridge.”',
    );
    expect(ps.map((q) => q.speaker)).toEqual(['Amina Yusuf', 'Amina Yusuf']);
  });

  it('"the official X news agency said" gives the quote to the agency', () => {
    const [a] = quotes(
      '“The convoy was struck twice near Palmyra before dawn,” the official SANA news agency said.',
    );
    expect(a.speaker).toBe('SANA');
    const [b] = quotes(
      'The semi-official ISNA news agency said: “Four of the attackers were killed in the exchange.”',
    );
    expect(b.speaker).toBe('ISNA');
  });

  it('a quote of two or three words is speech when a speech verb takes it up', () => {
    expect(quotes('“Nobody warned us,” said Carla Bruni, a shop owner.').map((q) => q.speaker)).toEqual([
      'Carla Bruni',
    ]);
    expect(quotes('Omar Farid replied: “Not yet.” The meeting ended.').map((q) => q.speaker)).toEqual([
      'Omar Farid',
    ]);
    expect(quotes('“We refuse!” the protesters shouted outside the ministry.')).toHaveLength(1);
    // a scare-quoted term with no speech verb is no quote
    expect(quotes('The group calls its fighters “holy warriors.” They train in the hills.')).toHaveLength(0);
    expect(quotes('Officials described the “security zone” as temporary.')).toHaveLength(0);
  });

  it('initials and "Del." inside a title and name do not end the speaker', () => {
    expect(quotes('“Nobody asked the towns first,” said Rep. T.J. Hollis (D-Ga.).')[0].speaker).toBe(
      'T.J. Hollis',
    );
    expect(quotes('“The vote was rushed through,” said Del. Maria Plaskow.')[0].speaker).toBe(
      'Maria Plaskow',
    );
  });

  it('a country or town after a title and a given name is the surname', () => {
    expect(quotes('“The budget is a disgrace,” said Rep. Mark Jordan (R-Ind.).')[0].speaker).toBe(
      'Mark Jordan',
    );
    expect(quotes('“I have no regrets,” Sen. Paul Chad told the committee.')[0].speaker).toBe('Paul Chad');
    expect(quotes('“We found nothing in the car,” police Chief Helen Austin said.')[0].speaker).toBe(
      'Helen Austin',
    );
  });

  it('"the group" is never the company or outlet it posted on', () => {
    const [a] = quotes(
      'Gunmen attacked a checkpoint. In a message posted on Telegram, the group said: “Our fighters returned safely to their bases.”',
    );
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toBe('the group');
    const [b] = quotes(
      'Al-Shabaab fighters overran the base. In a video shared on YouTube, the group said: “The base is now under our control.”',
    );
    expect(b.speaker).toBe('Al-Shabaab');
  });

  it('"the statement said" gives the quote to whoever issued the statement', () => {
    const [a] = quotes(
      'The Ansar Brigade claimed the ambush in a statement on Monday. “Our fighters returned with the spoils,” the statement said.',
    );
    expect(a.speaker).toBe('Ansar Brigade');
    const [b] = quotes(
      'Reuters obtained a video from the Northern Front. It showed burning trucks. “The road is closed to the enemy,” the video said.',
    );
    expect(b.speaker).toBe('Northern Front');
    // no statement told of before: a description
    const [c] = quotes('Fighting went on all night. “The town has fallen,” the statement said.');
    expect(c.speaker).toBeNull();
  });

  it('a three-word quote whose speech verb comes after a long description is still a quote', () => {
    const qs = quotes('“Fear is everywhere,” a shopkeeper from the old market told reporters.');
    expect(qs).toHaveLength(1);
    expect(qs[0].speakerText).toMatch(/shopkeeper/);
  });
});

describe('quotes: fragments in reported speech, one-word cries, paragraph quotes, organisations by description (quotes3)', () => {
  it('a fragment of two or three words after a speech verb is the subject’s words', () => {
    const a = quotes('Amina Yusuf said the convoy had been hit by "heavy mortar fire" near the bridge.');
    expect(a.map((q) => [q.text, q.speaker])).toEqual([['heavy mortar fire', 'Amina Yusuf']]);
    const b = quotes(
      'The police chief, Moses Otieno, described the gunmen as "cold-blooded killers" and promised arrests.',
    );
    expect(b.map((q) => [q.text, q.speaker])).toEqual([['cold-blooded killers', 'Moses Otieno']]);
  });

  it('verbs of accusing take up a fragment too', () => {
    const [q] = quotes(
      'General Idris Deby accused the rebels of "crimes against the people" and vowed to pursue them.',
    );
    expect([q.text, q.speaker]).toEqual(['crimes against the people', 'Idris Deby']);
    const [r] = quotes('Human Rights Watch accused both sides of "reckless shelling" in the northern towns.');
    expect([r.text, r.speaker]).toEqual(['reckless shelling', 'Human Rights Watch']);
  });

  it('a scare-quoted term before the verb, or a capitalised title, is no quote', () => {
    expect(
      quotes('The militants set up a "religious police" unit in the town last year, residents said.'),
    ).toEqual([]);
    expect(quotes('Musa Kallon said he had read "Islamic State Doctrine" in prison.')).toEqual([]);
  });

  it('a one-word cry or question taken up by a speech verb is a quote', () => {
    const [a] = quotes('"Enough!" shouted Fatima Idris as the coffins were carried past.');
    expect([a.text, a.speaker]).toEqual(['Enough!', 'Fatima Idris']);
    const [b] = quotes('"Why?" asked Omar Sheikh, a trader whose shop was looted.');
    expect([b.text, b.speaker]).toEqual(['Why?', 'Omar Sheikh']);
  });

  it('“calling them “…”” after a noun clause goes to the main subject; a plural noun after a past verb is no cue', () => {
    const [a] = quotes(
      'Yusuf Bashir rejected reports that the militia had been paid by the army, calling them "lies spread by our enemies".',
    );
    expect(a.speaker).toBe('Yusuf Bashir');
    const [b] = quotes(
      'Halima Sadiq rejected reports that the camp had been closed, calling them "a lie told to scare the families".',
    );
    expect(b.speaker).toBe('Halima Sadiq');
    const [c] = quotes(
      'Abdi Noor denied allegations that the clan militia had taken money from the army, calling it "a smear campaign by our rivals".',
    );
    expect(c.speaker).toBe('Abdi Noor');
  });

  it('a group named in apposition to a description speaks', () => {
    const [a] = quotes(
      'Its Sahel affiliate, Islamic State Sahel Province, said on Telegram that it had "punished the apostates" in Menaka.',
    );
    expect(a.speaker).toBe('Islamic State Sahel Province');
    const [b] = quotes(
      'Its regional branch, Islamic State West Africa Province, said its fighters "will not rest until the barracks fall".',
    );
    expect(b.speaker).toBe('Islamic State West Africa Province');
  });

  it('a circumstance between the name and the verb names no speaker', () => {
    const [a] = quotes(
      'Police Commissioner Grace Wanjiru, speaking at a news conference in Nairobi, said: "Three suspects are in custody."',
    );
    expect(a.speaker).toBe('Grace Wanjiru');
    const [b] = quotes(
      'Abdullahi Farah, addressing elders in Baidoa, said: "The road to Mogadishu is open again."',
    );
    expect(b.speaker).toBe('Abdullahi Farah');
  });

  it('a quote that makes up its paragraph goes on from the paragraph that reports someone’s words', () => {
    const [a] = quotes(
      'Hamid Qasimi said the group had suffered losses.\n\n"We lost eleven men in the fighting near the river, but we held the ridge."',
    );
    expect(a.speaker).toBe('Hamid Qasimi');
    const [b] = quotes(
      'The convoy was attacked twice, according to Major Karim Haidar.\n\n"They had rockets and they knew our route."',
    );
    expect(b.speaker).toBe('Karim Haidar');
  });

  it('“it said” after an organisation named only by description keeps that description', () => {
    const [a] = quotes(
      'The provincial government said the curfew would be lifted. "Markets can reopen on Monday," it said.',
    );
    expect([a.speaker, a.speakerText]).toEqual([null, 'The provincial government']);
    const [b] = quotes(
      'Al-Shabaab fighters stormed the town on Monday. The regional administration said the attackers had withdrawn. "Security forces are in full control," it said.',
    );
    expect([b.speaker, b.speakerText]).toEqual([null, 'The regional administration']);
    // a named organisation after the description is still the nearer one
    const [c] = quotes(
      'The state government said schools would close. The Ministry of Interior said it had arrested four suspects. "The network has been dismantled," it said.',
    );
    expect(c.speaker).toBe('Ministry of Interior');
  });
});

describe('quotes: short sentences after a quote, and naming in "what it called" (quotes3)', () => {
  it('a short quoted sentence right after a quote and its attribution goes on with it', () => {
    const a = quotes(
      '"The fighters were foreigners," said Abdirahman Yusuf, whose shop was burned. "They spoke Arabic."',
    );
    expect(a.map((q) => [q.text, q.speaker])).toEqual([
      ['The fighters were foreigners,', 'Abdirahman Yusuf'],
      ['They spoke Arabic.', 'Abdirahman Yusuf'],
    ]);
    const b = quotes('"We held the hill for two days," Captain Musa Baba said. "Nobody came."');
    expect(b.map((q) => [q.text, q.speaker])).toEqual([
      ['We held the hill for two days,', 'Musa Baba'],
      ['Nobody came.', 'Musa Baba'],
    ]);
  });

  it('"what it called a “…”" is the subject’s naming; a bare "described the “…”" is a term', () => {
    const [a] = quotes(
      'The Ministry of Foreign Affairs condemned what it called a "cowardly terrorist attack" on the embassy.',
    );
    expect([a.text, a.speaker]).toEqual(['cowardly terrorist attack', 'Ministry of Foreign Affairs']);
    const [b] = quotes('Ahmed Shah Durrani denounced what he called "foreign interference" in the vote.');
    expect([b.text, b.speaker]).toEqual(['foreign interference', 'Ahmed Shah Durrani']);
    expect(quotes('Engineers described the "blast wall" in their report.')).toEqual([]);
  });
});

describe('quotes: titles between a place and a name; a statement signed by its author (quotes3)', () => {
  it('a place, a capitalised title and a name make one subject: the name speaks', () => {
    const [a] = quotes(
      'Kaduna Mayor Fatima Sani welcomed the curfew on Monday and said "the timing is wrong."',
    );
    expect(a.speaker).toBe('Fatima Sani');
    const [b] = quotes(
      'Borno Governor Babagana Zulum visited the camp and said "the displaced must go home with dignity."',
    );
    expect(b.speaker).toBe('Babagana Zulum');
  });

  it('“…,” said the statement, which was signed by G: G speaks', () => {
    const [a] = quotes(
      '"This attack shows the weakness of the regime," said the statement, which was signed by the Syrian Democratic Forces.',
    );
    expect(a.speaker).toBe('Syrian Democratic Forces');
    const [b] = quotes(
      '"Our fighters will strike again," the message said, in a text issued by the Baloch Liberation Army.',
    );
    expect(b.speaker).toBe('Baloch Liberation Army');
  });
});

describe('quotes: a kinsman named through a possessor is the nearer "he" or "she" (quotes3)', () => {
  it('"X’s aunt wept. “…,” she said" keeps the description, past a man named before', () => {
    const [a] = quotes(
      'Lawyer Zahir Wani said the case was weak. In the crowd, Halima’s aunt wept. "She was taken at night," she said.',
    );
    expect([a.speaker, a.speakerText]).toEqual([null, 'Halima’s aunt']);
    const [b] = quotes(
      'Lawyer Zahir Wani said the case was weak. By the grave, the soldier’s widow wept. "He never came home," she said.',
    );
    expect([b.speaker, b.speakerText]).toEqual([null, 'the soldier’s widow']);
  });

  it('the pronoun must fit the noun: a mother is not "he"', () => {
    const [a] = quotes(
      'Commander Tunde Bako said the road was open. Later, his brother spoke to reporters at the gate. "He has not slept for days," he said.',
    );
    expect([a.speaker, a.speakerText]).toEqual([null, 'his brother']);
    const [b] = quotes(
      'Commander Tunde Bako said the road was open. Outside the camp, his mother waited. "The road is not safe," he said.',
    );
    expect(b.speaker).toBe('Tunde Bako');
  });
});

describe('quotes: a statement from its author (quotes3)', () => {
  it('"according to a statement from the group" is the group the text names', () => {
    const [a] = quotes(
      'Al-Shabaab attacked the base at dawn. "The base is now under our control," according to a statement from the group.',
    );
    expect(a.speaker).toBe('Al-Shabaab');
    const [b] = quotes(
      '"Our fighters are advancing on the city," according to a video released by Ansar al-Sunna.',
    );
    expect(b.speaker).toBe('Ansar al-Sunna');
  });
});

describe('quotes: a plural description before the first verb is the subject of a participle (quotes3)', () => {
  it('"crowds of students …, waving … and shouting “…”" are the speakers, not a name in the clause', () => {
    const [a] = quotes(
      'Large crowds of students gathered outside the governor’s office in Kano, waving photographs of Aliyu Sani and shouting "Bring back our classmates now."',
    );
    expect([a.speaker, a.speakerText]).toEqual([null, 'Large crowds of students']);
    const [b] = quotes(
      'Groups of students marched past the home of Senator Ali Ndume, waving flags and singing "Our schools must not burn again."',
    );
    expect([b.speaker, b.speakerText]).toEqual([null, 'Groups of students']);
  });
});

// Issue #10: speakers in the harder shapes of wire, newspaper and think-tank reporting.
describe('quotes: hard speaker shapes (issue #10)', () => {
  const speakers = (text: string) => quotes(text).map((q) => q.speaker ?? q.speakerText);

  it('“…,” X said. “…” in one paragraph: X goes on, not another name of that sentence', () => {
    expect(
      speakers(
        'The army may delay the offensive while Interior Minister Rahim Baloch meets tribal elders in Quetta, Aslam Khattak said. "The other worry is that the militants would simply move across the border."',
      ),
    ).toEqual(['Aslam Khattak']);
    expect(
      speakers(
        'The talks could collapse if Commander Yusuf Adan refuses to attend, Fatima Warsame said. "We have waited for this meeting for three long years."',
      ),
    ).toEqual(['Fatima Warsame']);
  });

  it('a second quote after an attribution naming the interviewer keeps the speaker', () => {
    expect(
      speakers(
        '"The attack was a serious mistake," the former intelligence chief said in an interview with Al Jazeera\'s Omar Farouk. "They should apologise to the families of the dead."',
      ),
    ).toEqual(['the former intelligence chief', 'the former intelligence chief']);
    expect(
      speakers(
        '"Nobody in the camp was armed," the defector said in a conversation with the BBC\'s Lyse Doucet. "We were cooks and drivers, not fighters."',
      ),
    ).toEqual(['the defector', 'the defector']);
  });

  it('an aside between horizontal bars is not the subject', () => {
    expect(
      speakers(
        'When the governor noted that the militia had not disarmed ― as it had promised twice in the past ― Hassan Nur replied, "That was never our agreement."',
      ),
    ).toEqual(['Hassan Nur']);
    expect(
      speakers(
        'Asked whether the truce would hold ― a question many in the town were asking ― Amina Duale said, "Only if the army stays in its barracks."',
      ),
    ).toEqual(['Amina Duale']);
  });

  it('“…,” adding that …: the clause after the participle names no speaker', () => {
    expect(
      speakers(
        'Mohammed Saleh said: "The bridge was destroyed by an airstrike last night," adding that no civilians had been hurt.',
      ),
    ).toEqual(['Mohammed Saleh']);
    expect(
      speakers(
        'In a statement, the Taliban said: "Our fighters carried out the attack on the border post," adding that five guards had been captured.',
      ),
    ).toEqual(['Taliban']);
  });

  it('X issued the following statement: “…”', () => {
    expect(
      speakers(
        'Abdullah Rashid made the following comment:\n\n"We will not negotiate with people who bomb our villages and kill our children."',
      ),
    ).toEqual(['Abdullah Rashid']);
    expect(
      speakers(
        'The spokesman, Yahya Saree, issued the following statement: "The operation targeted military positions deep inside the country."',
      ),
    ).toEqual(['Yahya Saree']);
  });

  it('X told a man who said … that “…”: the one spoken to is not the speaker', () => {
    expect(
      speakers(
        'At a rally on Sunday, Abdi Farah angrily told a young man who said he would join the militants that "nobody who picks up a gun for them comes home alive."',
      ),
    ).toEqual(['Abdi Farah']);
    expect(
      speakers(
        'Maryam Said told a reporter who asked about the kidnapping that "the family has heard nothing from the kidnappers since March."',
      ),
    ).toEqual(['Maryam Said']);
  });

  it('an officer who withholds his name because he … said: the official', () => {
    const [a] = quotes(
      'Police detained Omar Bakri in a raid. A border guard who spoke on condition of anonymity since he had no clearance to talk to the press said "the suspect had travelled to Syria twice."',
    );
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toBe('A border guard');
    const [b] = quotes(
      'Ahmed Wali was arrested on Monday. "He had been preparing the attack since spring," a senior official who requested that his name not be printed because he had no authority to talk to journalists said.',
    );
    expect(b.speaker).toBeNull();
    expect(b.speakerText).toBe('a senior official');
  });

  it("a closing mark set off by a space from a closing single mark ('…,' \") ends the quote", () => {
    const [a] = quotes(
      'Ali Musa spoke to the fighters. "I have always rejected the word \'surrender,\' " he told the group, adding that they would keep their weapons.',
    );
    expect(a.text).toBe("I have always rejected the word 'surrender,'");
    expect(a.speaker).toBe('Ali Musa');
    const [b] = quotes(
      'Amina Bello addressed the women. “They call us ‘the widows of the war,’ ” she told the crowd, adding that most had lost sons too.',
    );
    expect(b.text).toBe('They call us ‘the widows of the war,’');
    expect(b.speaker).toBe('Amina Bello');
  });

  it('X was quoted by the press as saying “…”', () => {
    expect(
      speakers(
        'The commander was quoted by state media as saying "the enemy has been driven out of the city."',
      ),
    ).toEqual(['The commander']);
    expect(
      speakers(
        'A police chief was quoted in the local press as saying that "the gunmen came from across the river."',
      ),
    ).toEqual(['A police chief']);
  });

  it('said X, a spokesman for G, in a statement posted on Telegram → X', () => {
    expect(
      speakers(
        '"We are ready for a long war," said Abu Hamza, a spokesman for the Islamic State, in a statement posted on Telegram.',
      ),
    ).toEqual(['Abu Hamza']);
    expect(
      speakers(
        '"The attack was revenge for our martyrs," said Ahmed Hassan, a spokesman for al-Shabaab, in a message posted on Telegram.',
      ),
    ).toEqual(['Ahmed Hassan']);
  });

  it('X, whose brother was killed, said → X', () => {
    expect(
      speakers(
        '"They took him at night and we never saw him again," said Halima Noor, whose brother was killed in the raid.',
      ),
    ).toEqual(['Halima Noor']);
    expect(
      speakers(
        'Yusuf Bashir, whose son was abducted by the militants, said: "I have sold everything to pay the ransom."',
      ),
    ).toEqual(['Yusuf Bashir']);
  });

  it('he / she across a sentence naming a man and a woman', () => {
    expect(
      speakers(
        'Aisha Mohammed met General Peter Okafor in the capital. "We need more troops in the north," he said. "Our schools are empty because of the fighting," she said.',
      ),
    ).toEqual(['Peter Okafor', 'Aisha Mohammed']);
    expect(
      speakers(
        'Colonel Musa Ibrahim spoke first. "The road is safe now," Ibrahim said. Amina Garba disagreed. "The militants still control the forest," she said. "They attack at night," she added.',
      ),
    ).toEqual(['Musa Ibrahim', 'Amina Garba', 'Amina Garba']);
  });

  it('he / she with no person in reach never fall back to a group that spoke before', () => {
    const a = quotes(
      '“We will never negotiate with the rebels,” the Defence Ministry said on Monday.\n\n“We have never trusted those promises,” she said.',
    );
    expect(a[0].speaker).toBe('Defence Ministry');
    expect(a[1].speaker).toBeNull();
    const b = quotes(
      '“The border will stay closed until further notice,” said the Interior Ministry.\n\n“Our families have not eaten for three days,” he said.',
    );
    expect(b[0].speaker).toBe('Interior Ministry');
    expect(b[1].speaker).toBeNull();
  });

  it('“…,” as X put it: X, not the subject of the sentence', () => {
    const [a] = quotes(
      'Ahmed Rashid has studied the Taliban for decades. The movement is now "a franchise with no head office and many local owners," as one Western diplomat put it.',
    );
    expect(a.speaker).toBeNull();
    expect(a.speakerText).toBe('one Western diplomat');
    expect(
      speakers(
        'Commander Ali Mahdi visited the town. The fighting was, as Fatima Idris put it, "a war between neighbours who once shared bread."',
      ),
    ).toEqual(['Fatima Idris']);
    expect(
      speakers(
        'Omar Farah rejected the plan. The region needs, as the veteran mediator Hassan Sheikh phrased it, "fewer guns and more schools for the boys."',
      ),
    ).toEqual(['Hassan Sheikh']);
  });

  it('a quote interrupted by its speech clause is one speaker', () => {
    expect(
      speakers('"We have lost many men," Ibrahim Daud said, "but we will not leave the mountains."'),
    ).toEqual(['Ibrahim Daud', 'Ibrahim Daud']);
    expect(
      speakers(
        '"The ceasefire is over," the spokesman, Zabihullah Mujahid, said on Twitter, "and our fighters will resume operations."',
      ),
    ).toEqual(['Zabihullah Mujahid', 'Zabihullah Mujahid']);
  });
});
