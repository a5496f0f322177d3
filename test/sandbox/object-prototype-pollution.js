// Polluting Object.prototype affects the program's objects only (the test checks the host's).
Object.prototype.polluted = "yes";
console.log(({}).polluted, [].polluted); // expect: yes yes
delete Object.prototype.polluted;
console.log(({}).polluted); // expect: undefined
