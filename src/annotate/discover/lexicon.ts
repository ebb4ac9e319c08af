/**
 * Cues of English prose for the type of a name no register holds. compromise (the tagger)
 * knows given names, honorifics, countries and many cities; what it lacks, and what the texts
 * of an edition of history need, is written here: titles and roles that introduce a person,
 * head words that make a name a body, words that introduce a periodical or a work, and the
 * endings that make a word a surname in the languages such histories transliterate. None of
 * this belongs to one book; an edition adds its own decisions in its rules data.
 */

/** Words before a name that make it a person ("Comrade X", "the defendant X", "General X"). */
/** Forms of address that stand for a person without naming one: "her Ladyship", "His Majesty". */
export const formsOfAddress = new Set(['Ladyship', 'Lordship', 'Majesty', 'Highness', 'Excellency', 'Eminence', 'Holiness', 'Grace', 'Worship', 'Honour', 'Honor', 'Reverence']);

export const personTitles = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mme', 'Madame', 'Mlle', 'Mademoiselle', 'M', 'Monsieur', 'Herr', 'Frau', 'Fräulein', 'Dr', 'Doctor', 'Professor', 'Prof',
  'Comrade', 'Cde', 'Citizen', 'General', 'Colonel', 'Captain', 'Lieutenant', 'Major', 'Admiral', 'Marshal', 'Commander', 'Sergeant',
  'Father', 'Brother', 'Sister', 'Saint', 'St', 'Rabbi', 'Reverend', 'Rev', 'Bishop', 'Cardinal', 'Pope',
  'Tsar', 'Czar', 'Tsarina', 'King', 'Queen', 'Prince', 'Princess', 'Count', 'Countess', 'Baron', 'Baroness', 'Duke', 'Duchess', 'Lord', 'Lady', 'Sir', 'Emperor', 'Empress',
  'President', 'Premier', 'Minister', 'Senator', 'Deputy', 'Judge', 'Prosecutor', 'Ambassador', 'Consul', 'Commissar',
  'defendant', 'accused', 'witness', 'prosecutor', 'comrade', 'citizen', 'engineer', 'professor', 'doctor', 'journalist', 'writer', 'lawyer', 'historian', 'agent', 'provocateur',
]);

/** Titles that say the person is a woman or a man (checked against the register's entry). */
export const femaleTitles = new Set(['Mrs', 'Ms', 'Miss', 'Mme', 'Madame', 'Mlle', 'Mademoiselle', 'Frau', 'Fräulein', 'Sister', 'Tsarina', 'Queen', 'Princess', 'Countess', 'Baroness', 'Duchess', 'Lady', 'Empress']);
export const maleTitles = new Set(['Mr', 'M', 'Monsieur', 'Herr', 'Father', 'Brother', 'Rabbi', 'Tsar', 'Czar', 'King', 'Prince', 'Count', 'Baron', 'Duke', 'Lord', 'Sir', 'Emperor']);

/** Apposition after a name that gives the person's sex: "Dreitzer, sister of …". */
export const femaleApposition = /^,?\s+(?:the\s+|his\s+|her\s+)?(?:sister|wife|widow|daughter|mother|niece|aunt|grandmother|fiancée|mistress)\b/u;
export const maleApposition = /^,?\s+(?:the\s+|his\s+|her\s+)?(?:brother|husband|widower|son|father|nephew|uncle|grandfather|fiancé)\b/u;

/** Head words that make a capitalised group the name of a body ("Northern Center", "Central Committee"). */
export const orgHeads = new Set([
  'Party', 'Committee', 'Center', 'Centre', 'Soviet', 'Soviets', 'Bureau', 'Government', 'Union', 'Council', 'Institute', 'Commissariat', 'Agency', 'International',
  'Bund', 'Army', 'Guard', 'Guards', 'Police', 'Society', 'Association', 'League', 'Bank', 'Company', 'Works', 'Trust', 'Federation', 'Front', 'Group', 'Bloc',
  'Club', 'Academy', 'University', 'College', 'School', 'Ministry', 'Department', 'Office', 'Court', 'Tribunal', 'Collegium', 'Presidium', 'Praesidium', 'Politburo',
  'Orgburo', 'Secretariat', 'Cheka', 'Opposition', 'Assembly', 'Duma', 'Parliament', 'Senate', 'Commission', 'Directorate', 'Syndicate',
  'Press', 'Publishers', 'Publications', 'Telegraph', 'Railway', 'Fleet', 'Navy', 'Corps', 'Division', 'Regiment', 'Brigade', 'Legion', 'Movement', 'Organisation', 'Organization',
]);

/** Party and state bodies named by one word ("the Politburo"): organisations when the edition says so. */
export const partyBodies = new Set(['Politburo', 'Orgburo', 'Presidium', 'Praesidium', 'Secretariat', 'Comintern', 'Cominform', 'Profintern', 'Cheka', 'Sovnarkom', 'Collegium']);

/** Lower-case heads after an adjective of nationality or a party: "the Danish government". */
export const governmentHeads = /^(government|Government|cabinet|Cabinet)$/u;

/** Words before a name that make it a periodical ("the newspaper X", "the journal X"). */
export const periodicalCues = /\b(?:newspaper|paper|journal|magazine|review|weekly|daily|gazette|organ|bulletin|periodical)\s*,?\s*$/iu;
/** Words in a name that make it a periodical. */
export const periodicalWords = new Set(['Gazette', 'Times', 'Herald', 'Journal', 'Review', 'Bulletin', 'Tribune', 'Courier', 'Post', 'Chronicle', 'Echo', 'Messenger', 'Daily', 'Weekly', 'Monthly', 'Izvestia', 'Pravda', 'Zeitung', 'Vorwärts', 'Humanité']);

/** Words before a name that make it a work ("the book X", "the pamphlet X"). */
export const workCues = /\b(?:book|books|pamphlet|novel|poem|play|article|essay|treatise|autobiography|biography|memoirs|speech|manifesto|programme|program|resolution|theses)\s*,?\s*$/iu;

/** Endings of surnames in the languages histories of Europe transliterate (Russian, Polish, Ukrainian, Georgian, Armenian, German, Jewish). */
export const surnameEndings = /(?:ov|ev|ëv|yov|ova|eva|in|ina|yn|sky|ski|skiy|skii|skaya|ska|vich|vitch|witz|wicz|enko|chuk|uk|yuk|ko|dze|shvili|ian|yan|stein|mann|berg|baum|feld|sohn|son|sen)$/u;
/** …but not these common place endings, which would make a city a person. */
export const placeEndings = /(?:grad|burg|bourg|sk|stadt|ville|pol|polis|land|ia|stan|abad)$/u;

/** Prepositions before a place. */
export const placeCues = /\b(?:in|at|to|from|near|via|through|into|outside|towards?)\s+(?:the\s+)?$/u;

/** Words that are never names on their own, whatever their capital. */
export const monthsAndDays = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Endings of words derived from names: adjectives, movements and their members ("Jacobin", "Darwinist"). */
export const derivedEndings = /(?:ist|ists|ism|isms|ite|ites|ian|ians|ean|eans|ese|ish|vik|viks|viki|ification|ified|ization|ized|isation|ised)$/u;

/** Head words that make a capitalised group the name of a place ("Black Sea", "Russian Empire"). */
export const placeHeads = new Set([
  'Empire', 'Kingdom', 'Republic', 'Sea', 'Ocean', 'Lake', 'River', 'Mountains', 'Mountain', 'Mount', 'Islands', 'Island', 'Gulf', 'Bay', 'Strait', 'Peninsula',
  'Province', 'Governorate', 'Region', 'Oblast', 'County', 'District', 'Valley', 'Forest', 'Desert', 'Street', 'Square', 'Avenue', 'Bridge', 'Canal', 'Station', 'Prison',
]);

/** Words before a quoted name that cite it as a word ("the name “Smith”", "signed her name “Smith-Hartley”"). */
export const citedName = /\b(?:name|names|surname|pseudonym|alias|nickname|signed|called|spelt|spelled|word)(?:\s+(?:to|as|of|was))?\s*[“"‘']$/u;

/**
 * Abbreviations printed with a capital that are no names: styles after a name ("Esq.",
 * "Bart."), words of reference ("Vol.", "Chap.", "Ibid.") and of commerce ("Co.", "Messrs.").
 */
export const abbreviations = new Set([
  'Esq', 'Esqr', 'Bart', 'Bt', 'Jun', 'Junr', 'Sen', 'Senr', 'Jr', 'Sr', 'Kt', 'Messrs', 'Co', 'Ltd', 'Inc', 'Bros',
  'Vol', 'Vols', 'Chap', 'Ch', 'No', 'Nos', 'Pp', 'Ibid', 'Id', 'Op', 'Cit', 'Loc', 'Viz', 'Cf', 'Ed', 'Eds', 'Trans', 'Fig', 'Ms', 'Mss', 'Obs', 'Ult', 'Inst', 'Prox',
]);

/** Words that open an exclamation with a name of God or heaven in it ("Great God!", "Good Heavens!"). */
export const exclamationWords = new Set(['God', 'Heaven', 'Heavens', 'Lord', 'Christ', 'Jesus', 'Gracious', 'Goodness', 'Mercy', 'Alas', 'Oh', 'O', 'Ah', 'Lo', 'Hark', 'Behold']);

/** Verbs of reading before a title ("I read the Vicar of Wakefield", "reading Paradise Lost"). */
export const readingCues = /\b(?:read|reads|reading|re-read|perused|perusing|translated|translating|quoted\s+from)\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+)?$/iu;

/** Prefixes that make a word from a word ("unthrifty", "dislike"), so a capital before them is the sentence's. */
export const wordPrefixes = /^(?:un|in|im|ir|il|dis|mis|non|over|under|out|re|fore|be)(?=\p{L}{3})/u;

/** Elided endings of verse and old spelling ("feed’st", "unlook’d", "o’er"): a common word, not a name. */
export const elidedEnding = /\p{Ll}['’](?:d|st|t|n|ll|re|ve|rt|ring|ning)$|^\p{Lu}['’]\p{Ll}/u;

/** Names of languages, which are no person, place or body ("Persian, Arabic, and Hebrew"). */
export const languages = new Set([
  'Latin', 'Greek', 'Hebrew', 'Arabic', 'Persian', 'Sanskrit', 'Syriac', 'Aramaic', 'Chaldee', 'Coptic', 'English', 'French', 'German', 'Italian', 'Spanish',
  'Portuguese', 'Dutch', 'Russian', 'Polish', 'Yiddish', 'Turkish', 'Chinese', 'Japanese', 'Gaelic', 'Welsh', 'Esperanto',
]);

/** A man or a woman of a nation ("Frenchwoman", "Englishmen"): a common noun. */
export const nationalityNoun = /^(?:English|French|Dutch|Irish|Scots|Scotch|Welsh|Cornish|Norse|Gentle|Country|Church|Sports|States)(?:man|men|woman|women)$/u;
