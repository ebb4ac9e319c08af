/**
 * The words letters open and close with, by language: what a salute ("My dear Sister,", "Mon
 * cher ami,", "Lieber Freund!", "Querida madre:", "Милостивый государь!") and a valediction
 * ("Yours ever,", "Votre dévoué,", "Dein treuer", "Tuyo hasta la muerte,") begin with.
 * Language data, not any book's. Compared case-insensitively, as the first words of the line
 * (a salute's after a possessive such as "my", "mon", "mein", "mi", "мой").
 */

/** Possessives a salute may open with before its word ("My dear", "Mon cher", "Mein lieber", "Mia cara"). */
export const salutePossessives: readonly string[] = ['my', 'mon', 'ma', 'mes', 'mein', 'meine', 'mi', 'mis', 'mio', 'mia', 'miei', 'mie', 'meu', 'minha', 'mijn', 'мой', 'моя', 'мои'];

/** The word a salute opens with, after its possessive if it has one. */
export const saluteWords: readonly string[] = [
  // English
  'dear', 'dearest', 'sir', 'madam', 'gentlemen', 'beloved',
  // French
  'cher', 'chère', 'chers', 'chères', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames',
  // German
  'lieber', 'liebe', 'liebes', 'liebster', 'liebste', 'teurer', 'teure', 'verehrter', 'verehrte', 'geehrter', 'geehrte', 'sehr',
  // Spanish and Portuguese
  'querido', 'querida', 'queridos', 'queridas', 'estimado', 'estimada', 'muy', 'señor', 'señora', 'señorita', 'señores', 'senhor', 'senhora', 'prezado', 'prezada',
  // Italian ("care" and "gentile" are English words too, and left out)
  'caro', 'cara', 'cari', 'carissimo', 'carissima', 'gentilissimo', 'gentilissima', 'egregio', 'pregiatissimo', 'signore', 'signora', 'signorina',
  // Russian
  'милостивый', 'милостивая', 'дорогой', 'дорогая', 'милый', 'милая', 'любезный', 'любезная', 'уважаемый', 'уважаемая', 'многоуважаемый', 'многоуважаемая',
  // Dutch
  'beste', 'lieve', 'geachte', 'waarde', 'mijnheer', 'mevrouw',
];

/** What a valediction opens with, followed by a comma ("Your affectionate brother,", "Votre dévoué,", "Tuyo hasta la muerte,"). */
export const valedictionWords: readonly string[] = [
  // English
  'your', 'yours', 'ever', 'believe me', 'i am', 'i remain', 'affectionately', 'faithfully', 'sincerely', 'adieu',
  // French
  'votre', 'vôtre', 'ton', 'ta', 'tout à vous', 'toute à vous', 'je vous embrasse', 'agréez',
  // German
  'dein', 'deine', 'ihr', 'ihre', 'euer', 'eure', 'ergebenst', 'herzlichst', 'in treue',
  // Spanish and Portuguese
  'tuyo', 'tuya', 'suyo', 'suya', 'vuestro', 'vuestra', 'su afectísimo', 'su afectísima', 'seu', 'sua', 'teu', 'tua',
  // Italian
  'tuo', 'suo', 'vostro', 'vostra', 'il tuo', 'la tua', 'il vostro', 'la vostra', 'affezionatissimo', 'affezionatissima', 'devotissimo', 'devotissima',
  // Russian
  'ваш', 'ваша', 'твой', 'твоя', 'преданный', 'преданная', 'любящий', 'любящая',
  // Dutch
  'uw', 'hoogachtend',
];

/** Valedictions that sign off nothing but a letter, so may stand without their comma ("Yours truly", "Dein"). */
export const bareValedictionWords: readonly string[] = ['yours', 'ever yours', 'sincerely', 'faithfully', 'affectionately', 'your loving', 'your affectionate', 'your devoted', 'your faithful', 'your sincere', 'your obedient', 'your humble', 'your true', 'tout à vous', 'ergebenst', 'herzlichst', 'hoogachtend'];

/** Small words between the names of a signature ("Jean de La Fontaine", "El Caballero de la Triste Figura"). */
export const nameParticles: readonly string[] = ['de', 'la', 'le', 'del', 'des', 'du', 'di', 'da', 'dos', 'das', 'y', 'e', 'von', 'van', 'der', 'den', 'zu', 'ten', 'ter'];
