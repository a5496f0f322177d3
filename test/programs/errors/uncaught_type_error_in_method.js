// An uncaught TypeError from inside a class method.
class Parser {
  constructor(text) { this.text = text; }
  firstWord() { return this.text.split(" ")[0]; }
}
console.log(new Parser("hello world").firstWord()); // expect: hello
const p = new Parser(undefined);
console.log(p.firstWord()); // expect runtime error: TypeError: Cannot read properties of undefined (reading 'split')
