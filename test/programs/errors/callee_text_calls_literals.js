// How "x is not a function" names the callee, as V8 prints it: a call inside
// the chain as `f(...)`, array literals element by element, an object literal
// one "(intermediate value)" per property, ++/--, a chain of one operator as
// one group, template literals as their substitutions, string literals and
// string keys as written (not escaped), an anonymous class by its own wording.
const api = { list() { return [1, 2]; }, name: "api", n: 0 };
function make() { return api; }
const cases = [
  () => make().missing(),
  () => api.list()[0](),
  () => api.list?.()(),
  () => Math.max(1, 2)(),
  () => [1, api.name][0](),
  () => [, 1][0](),
  () => [...api.list()].x(),
  () => ({ a: 1, b: 2 }).c(),
  () => (api.n++)(),
  () => (--api.n)(),
  () => (api.n + 1 + 2)(),
  () => (api.n || 0 || 1)(),
  () => (1 + 2 + api.n)(),
  () => `${api.n}-${api.name}`(),
  () => `plain`(),
  () => api["a b"](),
  () => api[`k${api.n}`](),
  () => "tab\there".x(),
  () => (class {})(),
];
for (const c of cases) {
  try {
    c();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: make(...).missing is not a function
// expect: api.list(...)[0] is not a function
// expect: api.list(...) is not a function
// expect: Math.max(...) is not a function
// expect: [1,api.name][0] is not a function
// expect: [(intermediate value),1][0] is not a function
// expect: [(...api.list(...))].x is not a function
// expect: {(intermediate value)(intermediate value)}.c is not a function
// expect: (api.n++) is not a function
// expect: (--api.n) is not a function
// expect: (api.n + 1 + 2) is not a function
// expect: (api.n || 0 || 1) is not a function
// expect: (3 + api.n) is not a function
// expect: api.napi.name is not a function
// expect: "plain" is not a function
// expect: api.a b is not a function
// expect: api[api.n] is not a function
// expect: "tab	here".x is not a function
// expect: Class constructors cannot be invoked without 'new'
