// Reading a property of undefined.
const config = {};
console.log(config.server); // expect: undefined
console.log(config.server.port); // expect runtime error: TypeError: Cannot read properties of undefined (reading 'port')
