// V8's stack-trace hooks are not there to abuse.
console.log(typeof Error.captureStackTrace, typeof Error.prepareStackTrace); // expect: undefined undefined
Error.prepareStackTrace = function (e, frames) { return frames; };
console.log(typeof new Error("x").stack); // expect: string
