import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

// Where and when an act happened (evplaces21): invented wire copy, names and places varied.
const run = runEvents;
const placesOf = (a: ReturnType<typeof run>, type: string) => a.of(type).map((v) => a.name(v.place));
const datesOf = (a: ReturnType<typeof run>, type: string) => a.of(type).map((v) => v.date?.value ?? null);

describe('events: a place fronted before the subject, with its region after a comma', () => {
  it('"In X, Y, the army arrested …": X is the place, and the day is the act\'s', () => {
    const a = run(
      'In Kano, Nigeria, the army arrested five members of Boko Haram on Monday, a spokesman said.',
    );
    expect(placesOf(a, 'arrest')).toEqual(['Kano']);
    expect(datesOf(a, 'arrest')).toEqual(['2025-06-09']);
    const b = run(
      'In Kisumu, Kenya, an anti-terror squad shot dead a suspected recruiter for al Shabaab, Musa Oduya, on Friday.',
    );
    expect(placesOf(b, 'killing')).toEqual(['Kisumu']);
    expect(datesOf(b, 'killing')).toEqual(['2025-06-06']);
  });

  it('an apposition with a participle and a time ("a group formed the following year,") stays set aside', () => {
    const a = run(
      'Fighters of Ansar Dine, a group formed the following year in Kidal, attacked a base near Tessalit, killing four soldiers.',
    );
    expect(placesOf(a, 'attack')).toEqual(['Tessalit']);
    const b = run(
      'Militants of Jamaat-ul-Ahrar, a faction created two years earlier in Mohmand, bombed a checkpoint in Charsadda on Sunday.',
    );
    expect(placesOf(b, 'attack')).toEqual(['Charsadda']);
  });
});

describe('events: a ", whom …," clause is set aside', () => {
  it("the place inside it is not the act's", () => {
    const a = run(
      'Police said officers detained Sani Garba, whom they named as a financier of Ansaru in Zaria, at a bus station in Kaduna on Friday.',
    );
    expect(placesOf(a, 'arrest')).toEqual(['Kaduna']);
    const b = run(
      'Police detained Hassan Ali, whom they accused of recruiting for al Shabaab in Lamu, at a checkpoint near Isiolo on Friday.',
    );
    expect(placesOf(b, 'arrest')).toEqual(['Isiolo']);
  });
});

describe('events: a country that acts is not where it acted', () => {
  it('"when Iran shelled what it called G bases in P": P, not Iran', () => {
    const a = run(
      "Relations hit bottom in May 2017, when Tehran's ally Iran shelled what officials called Jundallah bases inside Pakistan's Kech district.",
    );
    expect(placesOf(a, 'attack')).toEqual(['Kech']);
    const b = run(
      'Turkish jets bombed what the ministry described as Kurdistan Workers Party shelters near Zakho on Sunday.',
    );
    expect(placesOf(b, 'attack')).toEqual(['Zakho']);
  });

  it('a country as the subject, with no other place, places nothing', () => {
    const a = run(
      'Turkey bombed positions of the Kurdistan Workers Party on Sunday, the defence ministry said.',
    );
    expect(placesOf(a, 'attack')).toEqual([null]);
    const b = run('Kenya arrested three members of al Shabaab on Tuesday, officials said.');
    expect(placesOf(b, 'arrest')).toEqual([null]);
  });
});

describe('events: a participle or a relative clause on the act or on what it befell', () => {
  it('"shelled depots used by G near X on Friday": X and Friday are the strike\'s', () => {
    const a = run(
      'Israeli aircraft bombed buildings occupied by Hezbollah near Bint Jbeil on Friday, killing two fighters.',
    );
    expect(placesOf(a, 'attack')).toEqual(['Bint Jbeil']);
    expect(datesOf(a, 'attack')).toEqual(['2025-06-06']);
    const b = run(
      'Russian aircraft bombed depots used by Hayat Tahrir al-Sham near Saraqib on Thursday, a monitor said.',
    );
    expect(placesOf(b, 'attack')).toEqual(['Saraqib']);
    expect(datesOf(b, 'attack')).toEqual(['2025-06-05']);
  });

  it('"a blast that hit a bus taking pilgrims near X": X', () => {
    const a = run(
      'Jaish al-Adl said on Friday it had carried out a bombing that hit a bus taking pilgrims near Zahedan, killing six.',
    );
    expect(placesOf(a, 'attack')).toEqual(['Zahedan']);
    const b = run(
      'Al Shabaab claimed a bombing that hit a minibus carrying farmers near Afgoye on Saturday.',
    );
    expect(placesOf(b, 'attack')).toEqual(['Afgoye']);
  });

  it('a relative clause that tells another act keeps its place', () => {
    const a = run('Troops killed Ali Dere, a militant who had attacked a base in Menaka, the army said.');
    expect(placesOf(a, 'killing')).not.toContain('Menaka');
    const b = run('Police arrested Omar Sheikh, who had bombed a market in Beledweyne, on Monday.');
    expect(placesOf(b, 'arrest')).not.toContain('Beledweyne');
  });
});

describe('events: the place the next sentence tells for the act', () => {
  it('"The clashes started near X", "The raiders surrounded … in the village of X"', () => {
    const a = run(
      "OUAGADOUGOU — Militants of JNIM raided army posts in Burkina Faso's Sahel region on Sunday, killing at least 15 soldiers, officials said. The clashes started at dawn near Arbinda and lasted for hours, a resident said.",
    );
    expect(placesOf(a, 'attack')).toEqual(['Arbinda']);
    const b = run(
      'BENI — Fighters of the Allied Democratic Forces shot dead 14 farmers in eastern Congo on Thursday, local officials said. The attackers surrounded the farmers in the village of Oicha as they harvested cocoa.',
    );
    expect(placesOf(b, 'killing')).toEqual(['Oicha']);
  });

  it('"The convoy came under fire outside the town of X": the ambush and its toll are there', () => {
    const a = run(
      "MANILA — Gunmen of the New People's Army ambushed an army truck on Mindanao on Friday, killing three soldiers, the military said on Saturday. The truck was ambushed outside the town of Malaybalay while returning to camp, a colonel said.",
    );
    expect(placesOf(a, 'attack')).toEqual(['Malaybalay']);
    expect(placesOf(a, 'killing')).toEqual(['Malaybalay']);
    const b = run(
      'Gunmen from Ansaru ambushed a convoy of the Nigerian army in Borno state on Tuesday, the military said. The convoy was ambushed outside the town of Konduga, a soldier said.',
    );
    expect(placesOf(b, 'attack')).toEqual(['Konduga']);
  });

  it('a separate act, or one of another day, places nothing', () => {
    const a = run(
      'BENI — Fighters of the Allied Democratic Forces shot dead 14 farmers in eastern Congo on Thursday, local officials said. In a separate attack, the group raided the village of Oicha on Wednesday.',
    );
    expect(placesOf(a, 'killing')).toEqual(['Congo']);
    const b = run(
      'ISWAP fighters attacked a base in Borno state on Sunday, the army said. The attack on Wednesday near Gajiram wounded two soldiers.',
    );
    const sunday = b.of('attack').filter((v) => v.date?.value === '2025-06-08');
    expect(sunday.map((v) => b.name(v.place))).toEqual(['Borno']);
  });
});

describe('events: a region the clause names wins over the country around it', () => {
  it('"In eastern Syria, an Israeli jet bombed a truck near R": R', () => {
    const a = run(
      'In eastern Syria, an Israeli jet bombed a truck of Kataib Hezbollah near Deir el-Zor on Tuesday, a monitor said.',
    );
    expect(placesOf(a, 'attack')).toEqual(['Deir el-Zor']);
    const b = run(
      'In southern Somalia, a Kenyan jet bombed a camp of al Shabaab in Lower Shabelle on Monday, officials said.',
    );
    expect(placesOf(b, 'attack')).toEqual(['Lower Shabelle']);
  });
});

describe('events: where someone came from is not where the act was', () => {
  it('"arrested X from Y at a checkpoint in Z": Z, the place marked "in"', () => {
    const a = run('Detectives arrested Ali Musa from Malindi at a checkpoint in Nakuru on Friday.');
    expect(placesOf(a, 'arrest')).toEqual(['Nakuru']);
    const b = run(
      'Soldiers arrested Bukar Modu and Ali Kachalla from Damasak during a search of a house in Potiskum on Monday.',
    );
    expect(placesOf(b, 'arrest')).toEqual(['Potiskum']);
  });
});

describe('events: a state that bans or designates is the place of its designation', () => {
  it('"a network that Canada outlawed", "the United States designated X"', () => {
    const a = run(
      'Atomwaffen Division, a neo-fascist network that Canada outlawed in 2021, has reappeared online.',
    );
    expect(placesOf(a, 'designation')).toEqual(['Canada']);
    const b = run(
      'The United States designated Hassan Ali Dahir a global terrorist in 2021, the embassy said.',
    );
    expect(placesOf(b, 'designation')).toEqual(['United States']);
  });

  it('a body that designates gives no place', () => {
    const a = run('The U.S. Treasury designated Hassan Ali Dahir a global terrorist in 2021.');
    expect(placesOf(a, 'designation')).toEqual([null]);
    const b = run('The Home Office proscribed the Base, a neo-Nazi network, in July.');
    expect(placesOf(b, 'designation').filter((p) => p !== null)).toEqual([]);
  });
});

describe('events: a road named by its towns, and "the islands (forests, hills) of X"', () => {
  it('"on the A-B road in R division", "the road between A and B": A', () => {
    const a = run(
      'Four policemen died on Friday when separatists ambushed their truck on the Kumba-Buea road in Fako Division, a mayor said.',
    );
    expect(placesOf(a, 'attack')).toEqual(['Kumba']);
    const b = run('Militants of JNIM ambushed a lorry on the road between Gao and Ansongo on Friday.');
    expect(placesOf(b, 'attack')).toEqual(['Gao']);
  });

  it('"in the hills of X in R state", "in the forests of X in R state": X, over the state', () => {
    const a = run(
      'Nigerian troops killed 12 Boko Haram fighters in the hills of Gwoza in Borno state on Friday, the army said.',
    );
    expect(placesOf(a, 'killing')).toEqual(['Gwoza']);
    const b = run(
      'Kenyan troops killed nine al Shabaab fighters in the forests of Witu in Lamu county on Monday.',
    );
    expect(placesOf(b, 'killing')).toEqual(['Witu']);
  });
});

describe('events: "in the same valley", "in the camp": the place told before by its kind', () => {
  it('an act with no place of its own takes the last place named with that noun', () => {
    const a = run(
      'Pakistani Taliban fighters stormed a checkpoint in the Swat valley on Sunday. In 2023, the Pakistani Taliban killed four guards in a raid in the same valley.',
    );
    const past = a.of('killing').filter((v) => v.date?.value === '2023');
    expect(past.map((v) => a.name(v.place))).toEqual(['Swat']);
    const b = run(
      'Israeli troops raided the Dheisheh camp near Bethlehem on Monday. In March 2023, Palestinian Authority troops mounted an offensive against the Dheisheh Brigade, clashing with militants in the camp for days.',
    );
    const march = b.of('attack').filter((v) => v.date?.value === '2023-03');
    expect(march.map((v) => b.name(v.place))).toEqual(['Dheisheh']);
  });

  it('no place of that kind named before: nothing', () => {
    const a = run(
      'Soldiers of the Malian army killed ten jihadists of JNIM in the town on Sunday, officials said.',
    );
    expect(placesOf(a, 'killing')).toEqual([null]);
    const b = run(
      'Kenyan troops killed five fighters of al Shabaab, among them Ali Guure, near the town on Friday. The town of Elwak was quiet on Saturday.',
    );
    expect(placesOf(b, 'killing')).not.toContain('Elwak');
  });
});

describe('events: a camp or village named before a place it lies near', () => {
  it('"raided the X camp near Y", "in X, near Y": X', () => {
    const a = run(
      'Israeli troops raided the Shuafat camp near Jerusalem on Monday, arresting Omar Saleh, a member of Hamas.',
    );
    expect(placesOf(a, 'arrest')).toEqual(['Shuafat']);
    const b = run(
      'Gunmen from Islamic State West Africa Province killed Musa Ibrahim, a village head, in Gubio, near Magumeri, on Sunday.',
    );
    expect(placesOf(b, 'killing')).toEqual(['Gubio']);
  });
});

describe('events: the day of an act told by a clause of time or as overnight', () => {
  it('"in May 2017, when Iran shelled …": May 2017', () => {
    const a = run(
      "Relations hit bottom in May 2017, when Tehran's ally Iran shelled what officials called Jundallah bases inside Pakistan's Kech district.",
    );
    expect(datesOf(a, 'attack')).toEqual(['2017-05']);
    const b = run(
      'The neighbours nearly fought a war in May 2017, when Iran fired rockets at Jundallah bases in Kech.',
    );
    expect(datesOf(b, 'attack')).toEqual(['2017-05']);
  });

  it('"overnight …, the agency reported on Monday": the report\'s day', () => {
    const a = run(
      'Militants of Jaish al-Adl raided a border post near the town of Mirjaveh overnight, killing two guards, the state news agency reported on Monday.',
    );
    expect(datesOf(a, 'attack')).toEqual(['2025-06-09']);
    const b = run(
      'Nigerian commandos killed Bako Gorgore, a Boko Haram commander, in an overnight operation in the Sambisa forest, the army said on Tuesday.',
    );
    expect(datesOf(b, 'killing')).toEqual(['2025-06-10']);
  });
});
