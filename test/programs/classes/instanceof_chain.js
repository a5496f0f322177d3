// instanceof through a three-level hierarchy.
class Vehicle {}
class Car extends Vehicle {}
class SportsCar extends Car {}
class Boat extends Vehicle {}
const items = [new Vehicle(), new Car(), new SportsCar(), new Boat()];
for (const it of items) {
  const flags = [it instanceof Vehicle, it instanceof Car, it instanceof SportsCar, it instanceof Boat];
  console.log(it.constructor.name, flags.join(" "));
  // expect: Vehicle true false false false
  // expect: Car true true false false
  // expect: SportsCar true true true false
  // expect: Boat true false false true
}
console.log(Object.getPrototypeOf(SportsCar) === Car, Object.getPrototypeOf(Car.prototype) === Vehicle.prototype);
// expect: true true
