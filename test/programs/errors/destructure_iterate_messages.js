// V8 words a failed destructuring or iteration by where the value came from:
// the initialiser's text (`'s.p'`, `'load(...)'`), a description of the value
// for parameters (`object null`), `.for` / `.catch` for loop and catch
// bindings, a plain property read for nested patterns; spread arguments of a
// call have their own wording.
const state = { user: null, list: {} };
function load() { return null; }
function five() { return 5; }
function sum(...xs) { return xs.length; }
function show({ name }) { return name; }
function firstOf([x]) { return x; }
const cases = [
  () => { const { name } = state.user; },
  () => { const { name } = load(); },
  () => { const { name = "anon" } = state.user; },
  () => { const {} = state.user; },
  () => { let name; ({ name } = state.user); },
  () => { const { user: { name } } = state; },
  () => show(),
  () => show(null),
  () => { for (const { name } of [null]) {} },
  () => { try { throw null; } catch ({ message }) {} },
  () => { const [x] = state.list; },
  () => { const [x] = five(); },
  () => { const [x] = state; },
  () => firstOf(7),
  () => { for (const [k, v] of [1]) {} },
  () => sum(...state.list),
  () => sum(...state.user),
  () => sum(...state.list, 1),
  () => [...state.list],
];
for (const c of cases) {
  try {
    c();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Cannot destructure property 'name' of 'state.user' as it is null.
// expect: Cannot destructure property 'name' of 'load(...)' as it is null.
// expect: Cannot read properties of null (reading 'name')
// expect: Cannot destructure 'state.user' as it is null.
// expect: Cannot destructure property 'name' of 'state.user' as it is null.
// expect: Cannot read properties of null (reading 'name')
// expect: Cannot destructure property 'name' of 'undefined' as it is undefined.
// expect: Cannot destructure property 'name' of 'object null' as it is null.
// expect: Cannot destructure property 'name' of '.for' as it is null.
// expect: Cannot destructure property 'message' of '.catch' as it is null.
// expect: object is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: five is not a function or its return value is not iterable
// expect: state is not iterable
// expect: number 7 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: .for is not iterable
// expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
// expect: state.user is not iterable (cannot read property null)
// expect: object is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: state.list is not iterable
