// Module pattern: state hidden in a closure.
const bank = (function () {
  const accounts = {};
  let nextId = 1;
  function open(owner) {
    const id = nextId++;
    accounts[id] = { owner, balance: 0 };
    return id;
  }
  function deposit(id, amount) {
    if (!(id in accounts)) throw new Error(`no account ${id}`);
    accounts[id].balance += amount;
    return accounts[id].balance;
  }
  return { open, deposit, count: () => Object.keys(accounts).length };
})();
const x = bank.open("x");
const y = bank.open("y");
console.log(x, y, bank.deposit(x, 50), bank.deposit(x, 25), bank.deposit(y, 1)); // expect: 1 2 50 75 1
try {
  bank.deposit(99, 1);
} catch (e) {
  console.log(e.message); // expect: no account 99
}
console.log(bank.count(), typeof accounts, bank.accounts); // expect: 2 undefined undefined
