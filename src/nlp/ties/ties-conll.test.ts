import { describe, expect, it } from 'vitest';
import { tieStrings } from '../../../test/ties-helpers.js';
import { extract } from '../pipeline.js';

// Ties news sentences state through coordination (the CoNLL04 relations work): a region named
// after the last of two places joined by "and" holds both.

const ties = (text: string) => tieStrings(text, '2026-05-10');

describe('places joined by "and" share the region after them', () => {
  it('"A and B, Region": both towns lie in the region', () => {
    const a = ties('Snow closed schools in Harrogate and Ripon, England, on Monday.');
    expect(a).toContain('part_of(Ripon, England)');
    expect(a).toContain('part_of(Harrogate, England)');
    const b = ties('The new bridge links Kayes and Bafoulabe, Mali, across the river.');
    expect(b).toContain('part_of(Bafoulabe, Mali)');
    expect(b).toContain('part_of(Kayes, Mali)');
    // (not a country, nor a town given its own region)
    expect(ties('She flew between Spain and Lyon, France, twice a month.')).not.toContain(
      'part_of(Spain, France)',
    );
    const c = ties('The storm hit Casper, Wyo., and Laramie, Colo., overnight.');
    expect(c).not.toContain('part_of(Wyo., Colo.)');
    expect(c).not.toContain('part_of(Casper, Colo.)');
  });

  it('"A and B provinces in C": the plural noun makes each name a division of C', () => {
    const a = ties('Police in Tuscany and Liguria provinces in northern Italy seized the weapons.');
    expect(a).toContain('part_of(Liguria, Italy)');
    expect(a).toContain('part_of(Tuscany, Italy)');
    const b = ties('Floods hit Sindh and Punjab provinces in eastern Pakistan last week.');
    expect(b).toContain('part_of(Punjab, Pakistan)');
    expect(b).toContain('part_of(Sindh, Pakistan)');
  });

  it('"A, B and northern C provinces in D": the plural noun takes in the whole list', () => {
    const a = ties('Heavy rain fell on Lamu, Kilifi and northern Garissa counties in eastern Kenya.');
    expect(a).toContain('part_of(Kilifi, Kenya)');
    expect(a).toContain('part_of(Lamu, Kenya)');
    const b = ties('Troops patrolled Kunar, Nangarhar and eastern Paktia provinces in Afghanistan.');
    expect(b).toContain('part_of(Nangarhar, Afghanistan)');
    expect(b).toContain('part_of(Kunar, Afghanistan)');
  });

  it('"A is in B province and C in D": the place after the second name is its own, not A\'s', () => {
    const a = ties('Milan is in Lombardy province and Bari in Apulia.');
    expect(a).toContain('part_of(Bari, Apulia)');
    expect(a).not.toContain('part_of(Milan, Apulia)');
    const b = ties('Kiel is in Holstein state and Jena in Thuringia.');
    expect(b).toContain('part_of(Jena, Thuringia)');
    expect(b).not.toContain('part_of(Kiel, Thuringia)');
    // (no copula: the phrase after both names is theirs)
    const c = ties('The guides Karim Nasser and Samir Haddad, both from Lille, were questioned on Friday.');
    expect(c).toContain('located_in(Karim Nasser, Lille)');
    expect(c).toContain('located_in(Samir Haddad, Lille)');
  });

  it('"P lies in Q", "P is located in Q": a place within a larger one', () => {
    expect(ties('Tromso lies in northern Norway, far above the Arctic Circle.')).toContain(
      'part_of(Tromso, Norway)',
    );
    expect(ties('Kayes is located in western Mali.')).toContain('part_of(Kayes, Mali)');
    expect(ties('Harrogate is in Yorkshire, the guide says.')).toContain('part_of(Harrogate, Yorkshire)');
  });
});

describe('a title before a name', () => {
  it('describes that name, not the names listed before it', () => {
    const a = ties('Among the guests were Anna Holt, Sam Reed and BBC reporter Tom Fry.');
    expect(a).toContain('member_of(Tom Fry, BBC)');
    expect(a).not.toContain('member_of(Anna Holt, BBC)');
    expect(a).not.toContain('member_of(Sam Reed, BBC)');
    const b = ties('The panel heard Mia Sorensen, Karl Dahl and Reuters photographer Olav Berg on Tuesday.');
    expect(b).toContain('member_of(Olav Berg, Reuters)');
    expect(b).not.toContain('member_of(Mia Sorensen, Reuters)');
    // (a plural title before the names holds each of them)
    const c = ties('BBC reporters Tom Fry and Anna Holt were detained at the border.');
    expect(c).toContain('member_of(Anna Holt, BBC)');
  });
});

describe('an age or a party tag between a name and its title', () => {
  it('is read past: ", 61, a former G professor", ", D-Mass., a member of G"', () => {
    expect(ties('Sen. Ann Cole, D-Mass., a member of the Finance Committee, spoke.')).toContain(
      'member_of(Ann Cole, Finance Committee)',
    );
    expect(
      ties('Omar Haddad, 61, a former Cairo University economics lecturer, joined the panel.'),
    ).toContain('member_of(Omar Haddad, Cairo University)');
  });
});

describe("a legislature's committee", () => {
  it("is one body, named whole with the legislature's name", () => {
    const a = ties('Ann Cole, a member of the Senate Intelligence Committee, spoke.');
    expect(a).toContain('member_of(Ann Cole, Senate Intelligence Committee)');
    expect(a).not.toContain('member_of(Ann Cole, Senate)');
    expect(ties('Tom Bradley, chairman of the Senate Banking Committee, spoke.')).toContain(
      'leader_of(Tom Bradley, Senate Banking Committee)',
    );
  });
});

describe("a town's region after its comma", () => {
  it('holds the body the town holds ("G of Fargo, N.D.", "G in Ames, Iowa")', () => {
    expect(ties('The contract went to Halvorsen Engineering Co. of Fargo, N.D., last week.')).toContain(
      'located_in(Halvorsen Engineering Co., N.D.)',
    );
    expect(ties('Researchers at Carver University in Ames, Iowa, published the study.')).toContain(
      'located_in(Carver University, Iowa)',
    );
    // (not a country's own state body)
    expect(ties('Officials at the Interior Ministry in Baghdad, Iraq, denied the report.')).not.toContain(
      'located_in(Interior Ministry, Iraq)',
    );
  });
});

describe('a body\'s name and a person\'s joined by "and"', () => {
  const names = (text: string) =>
    extract({ title: null, published: '2026-05-10', url: null, text }).entities.map(
      (e) => `${e.type}:${e.name}`,
    );

  it("are two names when the body's ends on its own word and a given name opens the person's", () => {
    const a = names('The survey was led by the Forest Service and Mary J. Holt, a botanist.');
    expect(a).toContain('organization:Forest Service');
    expect(a).toContain('person:Mary J. Holt');
    const b = names('The grant went to the Arts Council and Peter Lund, a painter from Oslo.');
    expect(b).toContain('organization:Arts Council');
    expect(b).toContain('person:Peter Lund');
    expect(ties('The grant went to the Arts Council and Peter Lund, a painter from Oslo.')).toContain(
      'located_in(Peter Lund, Oslo)',
    );
  });
});

describe('a town\'s name with "County" or "Township" after it', () => {
  it('is one place, the division named after the town', () => {
    const a = ties('Tom Hale was born in Dearborn Township in 1950.');
    expect(a).toContain('located_in(Tom Hale, Dearborn Township)');
    const b = ties('Ken Ito lives in Orange County, Virginia, with his wife.');
    expect(b).toContain('located_in(Ken Ito, Orange County)');
    expect(b).toContain('part_of(Orange County, Virginia)');
    expect(b.join(' ')).not.toMatch(/\(County|, County\)/);
  });
});

describe('"X was born NAME in P"', () => {
  it('places X in P though the parser hangs the place on the birth name', () => {
    expect(ties('Rosa Lind was born Rosalind Berg in Uppsala in 1948.')).toContain(
      'located_in(Rosa Lind, Uppsala)',
    );
    expect(ties('Ivo Marsh was born Ivan Marsic in Split, Croatia, and moved to Leeds.')).toContain(
      'located_in(Ivo Marsh, Split)',
    );
  });
});

describe('a second title joined to one whose object names no one', () => {
  it('"X, the brother of the mayor and a P native": the second title is X\'s too', () => {
    expect(ties('Dan Keller, the brother of the mayor and a Tulsa native, ran for the seat.')).toContain(
      'located_in(Dan Keller, Tulsa)',
    );
    expect(ties('Lena Hart, the widow of a farmer and a resident of Tulsa, sued the county.')).toContain(
      'located_in(Lena Hart, Tulsa)',
    );
    expect(
      ties('Rita Moss, the daughter of a miner and a member of the Helix Club, ran for the seat.'),
    ).toContain('member_of(Rita Moss, Helix Club)');
  });
});

describe('a town before its own region, whatever follows the region', () => {
  it('"Town, Region, and …", "Town, Region, Name said": the town lies in the region', () => {
    expect(ties('The film was shot in Lyon, France, and in the hills nearby.')).toContain(
      'part_of(Lyon, France)',
    );
    const a = ties('Aid reached Tulsa, Oklahoma, and Wichita, Kansas, on Monday.');
    expect(a).toContain('part_of(Tulsa, Oklahoma)');
    expect(a).toContain('part_of(Wichita, Kansas)');
    expect(ties('The plant in Dayton, Ohio, General Motors said, will close.')).toContain(
      'part_of(Dayton, Ohio)',
    );
    // (a body in the town lies in its region too)
    expect(ties('She sang at the Harbour Theatre in Halifax, Canada, and in Boston.')).toContain(
      'located_in(Harbour Theatre, Canada)',
    );
    // (nor in a dateline, which says where the story was filed from)
    expect(ties('TULSA, Oklahoma, May 3 (Reuters) - Storms hit the plains on Monday.')).not.toContain(
      'part_of(TULSA, Oklahoma)',
    );
    // (still a list of peers when the first is no town, or the second no region of its country)
    const b = ties('Aid reached Oklahoma, Kansas, and Texas on Monday.');
    expect(b).not.toContain('part_of(Oklahoma, Kansas)');
    expect(ties('Flights to Lyon, Madrid, and Rome were cancelled.')).not.toContain('part_of(Lyon, Madrid)');
  });
});

describe('a person from a town, and the region after its comma', () => {
  it('holds the person from the town too ("X of Tulsa, Okla.", "X, a welder from Tulsa, Okla.")', () => {
    const a = ties('One of the lawyers, Dan Keller of Tulsa, Okla., said the case was closed.');
    expect(a).toContain('located_in(Dan Keller, Tulsa)');
    expect(a).toContain('located_in(Dan Keller, Okla.)');
    const b = ties('Rita Moss, a welder from Boise, Idaho, said the plant was closed.');
    expect(b).toContain('located_in(Rita Moss, Boise)');
    expect(b).toContain('located_in(Rita Moss, Idaho)');
  });
});

describe('"his P home", "her home in P"', () => {
  it('places the person named right before in P, however the parser hangs "home"', () => {
    expect(ties('Tom Birch was arrested when police raided his Tulsa home.')).toContain(
      'located_in(Tom Birch, Tulsa)',
    );
    expect(ties('Rita Moss drove 60 miles from her Boise home to the hearing.')).toContain(
      'located_in(Rita Moss, Boise)',
    );
    expect(ties('Rita Moss spoke to reporters from her home in Boise on Monday.')).toContain(
      'located_in(Rita Moss, Boise)',
    );
    // (someone else's home is not the person's)
    expect(ties("Tom Birch often visited his mother's Tulsa home.")).not.toContain(
      'located_in(Tom Birch, Tulsa)',
    );
  });
});

describe('"X, P born," set off after the name', () => {
  it('places X in P', () => {
    expect(ties('Tom Birch, Tulsa born, has taught in Maine for years.')).toContain(
      'located_in(Tom Birch, Tulsa)',
    );
    expect(ties('Rita Moss, Boise-born, runs the clinic on Main Street.')).toContain(
      'located_in(Rita Moss, Boise)',
    );
  });
});

describe('"X, a Town, Region, lawyer"', () => {
  it('places X in the town and its region', () => {
    const a = ties('Dan Keller, a Tulsa, Okla., lawyer, said the case was closed.');
    expect(a).toContain('located_in(Dan Keller, Tulsa)');
    expect(a).toContain('located_in(Dan Keller, Okla.)');
    const b = ties('Rita Moss, a Boise, Idaho, physician, bought the old mill.');
    expect(b).toContain('located_in(Rita Moss, Boise)');
    expect(b).toContain('located_in(Rita Moss, Idaho)');
  });
});
