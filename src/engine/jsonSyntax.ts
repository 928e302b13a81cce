/** Where JSON text goes wrong, said the same in every browser: JSON.parse's own message varies and often names no place. */

/** Where text that JSON.parse refused goes wrong, as a person finds it: line and column, both from 1. */
export function whereJsonFails(text: string): string {
  if (text.trim() === '') return 'the file is empty';
  const at = jsonErrorOffset(text);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `${at >= text.length ? 'it ends too early, at' : 'at'} line ${line}, column ${column}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters: the class has to name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The offset of the first character that is not valid JSON. Iterative, so that deep nesting cannot overflow the stack. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => { while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++; };
  const token = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const word = () => {
    const w = ['true', 'false', 'null'].find((x) => text.startsWith(x, i));
    if (w) i += w.length;
    return w !== undefined;
  };
  const key = () => {
    skip();
    if (!token(STRING)) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const open: string[] = [];
  for (;;) {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        open.push(c);
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (!token(STRING) && !token(NUMBER) && !word()) {
      return i;
    }
    // After a value: a comma, the end of its list or object, or the end of the text.
    for (;;) {
      skip();
      const top = open[open.length - 1];
      if (top === undefined) return i;
      if (text[i] === ',') {
        i++;
        if (top === '{' && !key()) return i;
        break;
      }
      if (text[i] !== (top === '{' ? '}' : ']')) return i;
      i++;
      open.pop();
    }
  }
}
