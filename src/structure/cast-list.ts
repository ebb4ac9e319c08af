import { readHeading } from './rules/headings.js';

/**
 * The heading a play prints over its list of persons: "Dramatis Personae", "PERSONS
 * REPRESENTED", "Characters in the Play", "Personnages", "Personen der Handlung",
 * "Personaggi", "Personajes", "Действующие лица".
 */
export const castHeading =
  /^\s*(?:(?:the\s+)?dramatis\s+person(?:ae|æ)|persons\s+represented(?:\s+in\s+the\s+(?:play|drama))?|(?:the\s+)?persons\s+(?:of|in)\s+the\s+(?:play|drama|comedy|tragedy|dialogue)|characters(?:\s+(?:in|of)\s+the\s+(?:play|drama))?|cast\s+of\s+characters|personnages|personen(?:\s+der\s+handlung)?|personaggi|personajes|personagens|действующие\s+лица)\s*[.:]?\s*$/iu;

/** "SCENE: Rome.", "Scene—Venice": where the play is set, printed under its persons. */
const settingLine = /^\s*(?:the\s+)?(?:scene|scène|szene|schauplatz|ort|escena|scena|lugar|место\s+действия)\b\s*[:.,—–-]/iu;

/**
 * A line of a list of persons: a role, often with what it is after a comma ("ORSINO, son to
 * the old duke"), or a group ("Lords, Ladies, Officers."). Short, starting with a capital,
 * no heading, setting or title in capitals, and no sentence running on inside it.
 */
export function isCastLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 100 || settingLine.test(t) || readHeading(t) !== undefined) return false;
  // a heading in capitals of four words or more ("THE SCENES OF THE PLAY") ends the list; a
  // role of a group a brace gathers ("MAN OF THE HILL  }") is none
  if (!/\S\s*\}/u.test(t) && t.split(/\s+/u).length >= 4 && !/,/u.test(t) && t === t.toUpperCase() && t !== t.toLowerCase()) return false;
  return /^\p{Lu}/u.test(t) && !/[.!?]\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(t);
}

/** Letters of a part of a line, all capitals ("LORD ORSINO"), at least two. */
const inCapitals = (s: string): boolean => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/**
 * Where a cast line's roles and description stand, as [start, end) offsets in the line: the
 * roles printed in capitals before the first part that is not ("CICERO, PUBLIUS, Senators."),
 * else a role in other letters before a description in small letters ("Orsino, son to the
 * old duke") or before one comma ("Tomkins, Butler"), else a short line with no comma as one
 * role ("A Soothsayer"). A line that is none of these (a list of groups: "Lords, Ladies,
 * Officers.") has no parts.
 */
export function castParts(line: string): { roles: [number, number][]; desc?: [number, number] } {
  // Roles a brace gathers into a group, set in a column ("FIRST GUARD   }", "SECOND GUARD  } Men of
  // the watch."): the role before the brace, the group's description after it.
  const brace = /^(\s*)(\S(?:.*?\S)?)\s*\}\s*(\S.*?)?\s*$/u.exec(line);
  if (brace) {
    const start = brace[1]!.length;
    const role: [number, number] = [start, start + brace[2]!.length];
    return brace[3] !== undefined ? { roles: [role], desc: [line.lastIndexOf(brace[3]), line.lastIndexOf(brace[3]) + brace[3].length] } : { roles: [role] };
  }
  const parts = [...line.matchAll(/[^,]+/gu)].map((m) => {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    return { start, end: m.index + m[0].trimEnd().length, text: m[0].trim() };
  }).filter((p) => p.text !== '');
  if (parts.length === 0) return { roles: [] };
  const end = parts[parts.length - 1]!.end;
  const capitals = parts.findIndex((p) => !inCapitals(p.text));
  const roleCount = capitals === -1 ? parts.length : capitals;
  if (roleCount > 0) {
    const roles = parts.slice(0, roleCount).map((p): [number, number] => [p.start, p.end]);
    return roleCount < parts.length ? { roles, desc: [parts[roleCount]!.start, end] } : { roles };
  }
  if (parts.length === 1) return parts[0]!.text.split(/\s+/u).length <= 6 ? { roles: [[parts[0]!.start, parts[0]!.end]] } : { roles: [] };
  // "Orsino, son to the old duke"; "Tomkins, Butler" (one comma: a name and what it is).
  const described = /^\p{Ll}/u.test(parts[1]!.text) || (parts.length === 2 && parts[0]!.text.split(/\s+/u).length <= 4);
  return described ? { roles: [[parts[0]!.start, parts[0]!.end]], desc: [parts[1]!.start, end] } : { roles: [] };
}
