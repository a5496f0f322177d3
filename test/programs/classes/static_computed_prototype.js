// A static method or field whose computed key is "prototype" is a TypeError when the class is
// defined (the key is checked as it is evaluated, before later keys); instance members may use it.
try {
  class C { static ["prototype"]() {} }
  console.log("defined");
} catch (e) {
  console.log(e.name, e.message); // expect: TypeError Classes may not have a static property named 'prototype'
}
const key = "proto" + "type";
try {
  class C { static [key] = (console.log("initialiser"), 1); static [(console.log("later key"), "x")] = 2; }
  console.log("defined");
} catch (e) {
  console.log(e.name, e.message); // expect: TypeError Classes may not have a static property named 'prototype'
}
try {
  const D = class { static [(console.log("first key"), key)]() {} static [(console.log("second key"), "y")]() {} }; // expect: first key
} catch (e) {
  console.log(e.message); // expect: Classes may not have a static property named 'prototype'
}
class E { [key]() { return "instance"; } static ["name"]() {} static ["length"] = 5; }
console.log(new E().prototype(), typeof E.name, E.length); // expect: instance function 5
