// Reading a property of null.
const list = [null];
console.log(list.length); // expect: 1
const item = list[0];
console.log(item.value); // expect runtime error: TypeError: Cannot read properties of null (reading 'value')
