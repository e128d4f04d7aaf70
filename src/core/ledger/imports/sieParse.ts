/**
 * SIE 4 ("SIE typ 4") text -> accounts and verifications. One item per line: a label (#KONTO,
 * #VER, #TRANS …) and fields separated by spaces or tabs; a field with spaces is quoted, with \"
 * and \\ inside; an object list is a {…} group. A #VER's transactions follow between { and }.
 * Lines that do not fit are kept as problems with their line number, never dropped in silence.
 */

export interface SieTrans {
  /** 1-based line in the file. */
  line: number;
  account: string;
  /** Dimension and object pairs of the {…} list, e.g. [["1", "4510"]]. */
  objects: Array<[string, string]>;
  /** As written ("-1234.50"): the caller decides what an unreadable amount becomes. */
  amount: string;
  /** yyyymmdd, or '' when the #VER's date applies. */
  date: string;
  text: string;
}

export interface SieVer {
  line: number;
  series: string;
  number: string;
  date: string;
  text: string;
  trans: SieTrans[];
}

export interface SieProblem {
  line: number;
  /** Swedish. */
  reason: string;
  text: string;
}

export interface SieFile {
  /** #KONTO: account number -> name. */
  accounts: Map<string, string>;
  vers: SieVer[];
  problems: SieProblem[];
}

/** A field: plain or quoted text, or an object list's fields. */
export type SieField = string | string[];

/** Splits one line into its fields; a quoted field keeps its spaces, a {…} group becomes a list. */
export function sieFields(line: string): SieField[] {
  const fields: SieField[] = [];
  let group: string[] | undefined;
  let i = 0;
  const push = (f: string) => (group ? group.push(f) : fields.push(f));
  while (i < line.length) {
    const ch = line[i];
    if (ch === ' ' || ch === '\t') {
      i++;
    } else if (ch === '{' && !group) {
      group = [];
      i++;
    } else if (ch === '}' && group) {
      fields.push(group);
      group = undefined;
      i++;
    } else if (ch === '"') {
      let f = '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        // \" and \\ are the escapes; a backslash before anything else stays as written.
        if (line[i] === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) i++;
        f += line[i];
      }
      i++;
      push(f);
    } else {
      let f = '';
      for (; i < line.length && !' \t"{}'.includes(line[i]); i++) f += line[i];
      // A lone "{" or "}" inside a group is not a field; the loop above then takes no step.
      if (f === '') i++;
      else push(f);
    }
  }
  if (group) fields.push(group);
  return fields;
}

const str = (f: SieField | undefined): string => (typeof f === 'string' ? f : '');

export function parseSie(text: string): SieFile {
  const accounts = new Map<string, string>();
  const vers: SieVer[] = [];
  const problems: SieProblem[] = [];
  let open: SieVer | undefined;
  let awaitingBrace: SieVer | undefined;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const t = raw.trim();
    if (t === '') return;
    if (t === '{') {
      if (awaitingBrace) [open, awaitingBrace] = [awaitingBrace, undefined];
      else problems.push({ line, reason: '"{" utan #VER före', text: t });
      return;
    }
    if (t === '}') {
      if (open) open = undefined;
      else problems.push({ line, reason: '"}" utan öppen verifikation', text: t });
      return;
    }
    const [label, ...rest] = sieFields(t);
    const tag = typeof label === 'string' ? label.toUpperCase() : '';
    if (tag === '#KONTO') {
      accounts.set(str(rest[0]), str(rest[1]));
    } else if (tag === '#VER') {
      if (open) problems.push({ line: open.line, reason: `verifikationen på rad ${open.line} saknar "}"`, text: '' });
      const ver: SieVer = { line, series: str(rest[0]), number: str(rest[1]), date: str(rest[2]), text: str(rest[3]), trans: [] };
      vers.push(ver);
      open = undefined;
      awaitingBrace = ver;
    } else if (tag === '#TRANS') {
      if (!open) {
        problems.push({ line, reason: '#TRANS utanför en verifikation', text: t });
        return;
      }
      const objects = Array.isArray(rest[1]) ? pairs(rest[1]) : [];
      open.trans.push({ line, account: str(rest[0]), objects, amount: str(rest[2]), date: str(rest[3]), text: str(rest[4]) });
    }
    // #RTRANS/#BTRANS (added/removed lines of a corrected verification) are ignored: by the
    // standard an #RTRANS is followed by the same line as #TRANS, which is the one counted.
    // Every other label (#FLAGGA, #RAR, #IB, #RES …) carries nothing a control step reads.
  });
  if (open) problems.push({ line: open.line, reason: `verifikationen på rad ${open.line} saknar "}"`, text: '' });
  return { accounts, vers, problems };
}

function pairs(fields: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < fields.length; i += 2) out.push([fields[i], fields[i + 1]]);
  return out;
}
