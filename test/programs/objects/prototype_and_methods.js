// Object.getPrototypeOf and inherited members.
class Animal { speak() { return "..."; } }
class Dog extends Animal { speak() { return "woof"; } }
const d = new Dog();
console.log(Object.getPrototypeOf(d) === Dog.prototype); // expect: true
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype); // expect: true
console.log(Object.getPrototypeOf(Dog) === Animal); // expect: true
console.log(d.speak(), Animal.prototype.speak.call(d)); // expect: woof ...
Animal.prototype.extra = function () { return "added later"; };
console.log(d.extra(), "extra" in d, Object.keys(d)); // expect: added later true []
const o = { toString() { return "custom"; } };
console.log(`${o}`, o + "", String(o)); // expect: custom custom custom
