// Glob patterns as VS Code settings write them (`**/*.md`, `drafts/**`, `**/{archive,old}/**`),
// matched against a path relative to its workspace folder with `/` separators. Written here rather
// than taken from a library because the server runs on whatever Node the editor ships.

/** A matcher for the pattern; a pattern it cannot read matches nothing. */
export function globMatcher(pattern: string): (relativePath: string) => boolean {
  try {
    const re = new RegExp(`^${globSource(pattern.trim().replace(/^\.\//, ''))}$`, 'u');
    return (path) => re.test(path);
  } catch {
    return () => false;
  }
}

function globSource(glob: string): string {
  let out = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` is any number of whole folders (none included); a trailing `**` is anything.
      if (glob[i + 2] === '/') {
        out += '(?:[^/]*/)*';
        i += 3;
      } else {
        out += '.*';
        i += 2;
      }
    } else if (c === '*') {
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '{') {
      out += '(?:';
      braces++;
      i++;
    } else if (c === '}' && braces > 0) {
      out += ')';
      braces--;
      i++;
    } else if (c === ',' && braces > 0) {
      out += '|';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) {
        out += '\\[';
        i++;
      } else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close + 1;
      }
    } else {
      out += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
      i++;
    }
  }
  // An unclosed `{` makes the pattern unreadable: it then matches nothing rather than everything.
  if (braces > 0) throw new Error('unbalanced braces');
  return out;
}
