// arguments (and arguments.callee) are rejected before running.
function f() { return arguments.callee; } // expect error: the `arguments` object is not supported
