// No timers, no async host APIs.
console.log(typeof setTimeout, typeof setInterval, typeof queueMicrotask, typeof fetch); // expect: undefined undefined undefined undefined
