// String escaping in JSON.stringify.
console.log(JSON.stringify("quote \" backslash \\ slash /")); // expect: "quote \" backslash \\ slash /"
console.log(JSON.stringify("newline \n tab \t cr \r bs \b ff \f"));
// expect: "newline \n tab \t cr \r bs \b ff \f"
console.log(JSON.stringify("\u0000\u0001\u001f\u0020~")); // expect: "\u0000\u0001\u001f ~"
console.log(JSON.stringify("unicode é ü 日本 😀")); // expect: "unicode é ü 日本 😀"
console.log(JSON.stringify("lone \ud800 surrogate")); // expect: "lone \ud800 surrogate"
console.log(JSON.stringify({ "key with \"quotes\"": "v", "new\nline": 1 }));
// expect: {"key with \"quotes\"":"v","new\nline":1}
console.log(JSON.stringify("it's"), JSON.stringify("<script>")); // expect: "it's" "<script>"
