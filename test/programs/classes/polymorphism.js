// Dynamic dispatch through overridden methods.
class Animal {
  constructor(name) { this.name = name; }
  sound() { return "..."; }
  speak() { return `${this.name} says ${this.sound()}`; }
}
class Dog extends Animal { sound() { return "woof"; } }
class Cat extends Animal { sound() { return "meow"; } }
class Puppy extends Dog { sound() { return super.sound() + "!"; } }
const zoo = [new Dog("rex"), new Cat("tom"), new Puppy("bit"), new Animal("generic")];
console.log(zoo.map((a) => a.speak()).join("; "));
// expect: rex says woof; tom says meow; bit says woof!; generic says ...
const counts = {};
for (const a of zoo) {
  const k = a.constructor.name;
  counts[k] = (counts[k] || 0) + 1;
}
console.log(counts); // expect: { Dog: 1, Cat: 1, Puppy: 1, Animal: 1 }
console.log(zoo.filter((a) => a instanceof Dog).map((a) => a.name)); // expect: [ 'rex', 'bit' ]
