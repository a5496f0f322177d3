// finally blocks run before an uncaught error terminates the program.
try {
  console.log("in try"); // expect: in try
  throw new TypeError("escaping"); // expect runtime error: TypeError: escaping
} finally {
  console.log("finally still runs"); // expect: finally still runs
}
