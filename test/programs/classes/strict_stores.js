// Class bodies are strict-mode code: a store that sloppy code makes silently
// (to a property of a primitive, a string's characters or length, a function's
// name) is a TypeError there; outside a class the store is ignored.
class Cache {
  remember(target, key) { target[key] = true; return target[key]; }
  rename(fn) { fn.name = "other"; }
}
const cache = new Cache();
let stored = 0;
for (let i = 0; i < 2000; i++) if (cache.remember({}, "k" + (i % 5))) stored++;
console.log(stored); // expect: 2000
const targets = ["text", 42, false];
for (const t of targets) {
  try {
    cache.remember(t, "flag");
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
// expect: TypeError: Cannot create property 'flag' on string 'text'
// expect: TypeError: Cannot create property 'flag' on number '42'
// expect: TypeError: Cannot create property 'flag' on boolean 'false'
try {
  cache.remember("abc", 1);
} catch (e) {
  console.log(e.message); // expect: Cannot assign to read only property '1' of string 'abc'
}
try {
  cache.rename(function helper(a) { return a; });
} catch (e) {
  console.log(e.message); // expect: Cannot assign to read only property 'name' of function 'function helper(a) { return a; }'
}
function sloppy(target) { target.flag = 1; return target.flag; }
console.log(sloppy("text"), sloppy(7)); // expect: undefined undefined
