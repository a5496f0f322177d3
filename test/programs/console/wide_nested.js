// Wide nested structures break lines at each level.
const data = {
  users: [
    { name: "ann", roles: ["admin", "editor"], meta: { logins: 10, last: "2024-01-01" } },
    { name: "bob", roles: ["viewer"], meta: { logins: 2, last: "2023-12-31" } },
  ],
  total: 2,
};
console.log(data);
// expect: {
// expect:   users: [
// expect:     { name: 'ann', roles: [Array], meta: [Object] },
// expect:     { name: 'bob', roles: [Array], meta: [Object] }
// expect:   ],
// expect:   total: 2
// expect: }
console.log(JSON.stringify(data));
// expect: {"users":[{"name":"ann","roles":["admin","editor"],"meta":{"logins":10,"last":"2024-01-01"}},{"name":"bob","roles":["viewer"],"meta":{"logins":2,"last":"2023-12-31"}}],"total":2}
