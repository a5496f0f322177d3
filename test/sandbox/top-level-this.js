// Top-level `this` is an ordinary empty object (as module.exports is in Node).
console.log(this, Object.keys(this).length); // expect: {} 0
this.x = 1;
console.log(this.x, typeof this.constructor.constructor); // expect: 1 function
