// TypeError messages for calls of non-callable values.
function attempt(label, f) {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e instanceof TypeError, e.message);
  }
}
const obj = { a: { b: 1 }, n: null, s: "str" };
let u;
const num = 3;
attempt("ident", () => num()); // expect: ident true num is not a function
attempt("undef ident", () => u()); // expect: undef ident true u is not a function
attempt("member", () => obj.missing()); // expect: member true obj.missing is not a function
attempt("nested", () => obj.a.b()); // expect: nested true obj.a.b is not a function
attempt("string prop", () => obj.s()); // expect: string prop true obj.s is not a function
attempt("null prop", () => obj.n()); // expect: null prop true obj.n is not a function
attempt("method on number", () => num.foo()); // expect: method on number true num.foo is not a function
attempt("method on undefined", () => u.foo());
// expect: method on undefined true Cannot read properties of undefined (reading 'foo')
attempt("method on null", () => obj.n.foo());
// expect: method on null true Cannot read properties of null (reading 'foo')
attempt("new non-constructor", () => new num()); // expect: new non-constructor true num is not a constructor
attempt("new arrow", () => { const arrowFn = () => 1; return new arrowFn(); });
// expect: new arrow true arrowFn is not a constructor
attempt("callable", () => obj.a.b.toString()); // expect: callable ok
