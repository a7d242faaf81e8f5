// Languages a news report or a broadcast is given in ("in Arabic", "in Pashto") whose name is
// no people's adjective in the lexicon: English, Russian, French and most others are read
// as demonyms already. Written from general knowledge; keys are as written in English.

/** Language names that are not a demonym: "in Arabic", "in Farsi", "in Serbo-Croatian". */
export const LANGUAGES: ReadonlySet<string> = new Set(
  `Arabic Persian Farsi Dari Pashto Pashtu Urdu Hindi Bengali Bangla Punjabi Sindhi Balochi Baluchi Kurdish
Kurmanji Sorani Hebrew Swahili Somali Hausa Amharic Tigrinya Oromo Serbo-Croatian Serbian Croatian Bosnian
Malay Indonesian Tagalog Mandarin Cantonese Korean Vietnamese Tamil Uzbek Tajik Turkmen Kazakh Azeri Armenian
Georgian Albanian Macedonian Slovak Slovene Czech Romanian Bulgarian Lithuanian Latvian Estonian`.split(
    /\s+/,
  ),
);
